package nianbao.model;

import java.util.regex.Pattern;

/**
 * Agency names as the same agency writes them in different years: 潮鸣街道办事处 = 潮鸣街道,
 * 城中区城中街道办事处 = 城中街道办, 淮安市人民政府 = 淮安市政府.
 */
public final class AgencyNames {
    private AgencyNames() {}

    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern BRACKETED = Pattern.compile("[（(][^）)]*[）)]");
    /** A county-level prefix before a township name: 城中区城中街道 → 城中街道. */
    private static final Pattern COUNTY_PREFIX = Pattern.compile("^[\\p{IsHan}]{1,6}?[区县市旗](?=[\\p{IsHan}]{2,}(街道|乡|镇)$)");

    public static String normalise(String name) {
        if (name == null) return "";
        String n = SPACE.matcher(name).replaceAll("");
        n = BRACKETED.matcher(n).replaceAll("");
        n = n.replace("人民政府", "政府");
        if (n.endsWith("街道办事处")) n = n.substring(0, n.length() - 3);
        else if (n.endsWith("街道办")) n = n.substring(0, n.length() - 1);
        else if (n.endsWith("办事处")) n = n.substring(0, n.length() - 3) + "街道";
        if (n.endsWith("乡政府") || n.endsWith("镇政府")) n = n.substring(0, n.length() - 2);
        return COUNTY_PREFIX.matcher(n).replaceFirst("");
    }

    /**
     * Whether two reports come from the same agency: the names agree once normalised and the regions do not
     * conflict. The one answer the checker's cross-year rules and the near-duplicate engine both use; an unknown
     * agency is never the same as another.
     */
    public static boolean same(String agencyA, Region regionA, String agencyB, Region regionB) {
        String a = normalise(agencyA);
        return !a.isEmpty() && a.equals(normalise(agencyB)) && regionA.compatible(regionB);
    }
}

package nianbao.compare;

import nianbao.model.AgencyNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The form in which texts are compared: without spaces, punctuation or Markdown debris, with figures and the
 * agency's own name masked, so a text copied with a new name, year and figures still compares equal.
 */
public final class TextKey {
    private TextKey() {}

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。；;！!？?\\n])");
    private static final Pattern SUFFIX = Pattern.compile("(人民政府办公室|人民政府|政府办公室|办事处|政府|委员会)$");
    /** What is left of some names once the place is stripped: words every report uses, never masked. */
    private static final Pattern GENERIC = Pattern.compile("人民政府|人民|政府|政府办公室|办公室|办事处|委员会|街道办事处|街道办|街道|人民政府办公室");
    private static final Pattern REGION_PREFIX = Pattern.compile("^.{1,8}?(省|自治区|市|自治州|地区|盟|区|县|旗)(?=.{2,})");
    static final char AGENCY = '〇';
    static final char FIGURE = '#';

    /** The names by which a report may call its agency, longest first: 富阳区湖源乡 → 富阳区湖源乡, 湖源乡. */
    public static List<String> agencyNames(String agency) {
        if (agency == null || agency.isBlank()) return List.of();
        Set<String> names = new LinkedHashSet<>();
        String a = agency.strip();
        names.add(a);
        String bare = SUFFIX.matcher(a).replaceFirst("");
        names.add(bare);
        String local = a;
        for (int i = 0; i < 3; i++) local = REGION_PREFIX.matcher(local).replaceFirst("");
        names.add(local);
        names.add(SUFFIX.matcher(local).replaceFirst(""));
        names.add(AgencyNames.normalise(a)); // 城中街道办 → 城中街道, as the checker names it
        List<String> out = new ArrayList<>();
        for (String n : names) if (n.length() >= 2 && !GENERIC.matcher(n).matches()) out.add(n);
        out.sort(Comparator.comparingInt(String::length).reversed());
        return out;
    }

    /** The comparable form of a text written by {@code agency}. */
    public static String of(String text, List<String> agencyNames) {
        String t = text;
        for (String n : agencyNames) if (t.contains(n)) t = t.replace(n, String.valueOf(AGENCY));
        // One pass instead of regular expressions: this runs over every narrative section of a corpus.
        StringBuilder sb = new StringBuilder(t.length());
        boolean inFigure = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isDigit(c)) {
                if (!inFigure) sb.append(FIGURE);
                inFigure = true;
            } else if (inFigure && (c == '.' || c == '．') && i + 1 < t.length() && isDigit(t.charAt(i + 1))) {
                continue; // a decimal point inside a figure
            } else {
                inFigure = false;
                if (Character.isLetter(c) || c == AGENCY) sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /** Sentences as printed (ending in 。；！？ or a line break), trimmed, blanks dropped. */
    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text)) {
            String t = s.strip();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }
}

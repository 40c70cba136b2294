package nianbao.model;

import java.util.ArrayList;
import java.util.List;

/** Province / city / county of the agency, as far as the report tells; any part may be null. */
public record Region(String province, String city, String county) {
    public static final Region UNKNOWN = new Region(null, null, null);

    /** The known parts, broadest first, e.g. [浙江省, 杭州市, 富阳区]. */
    public List<String> parts() {
        List<String> p = new ArrayList<>(3);
        if (province != null) p.add(province);
        if (city != null) p.add(city);
        if (county != null) p.add(county);
        return p;
    }

    /** Whether the two could be the same place: no level where both are known and differ. */
    public boolean compatible(Region o) {
        return agree(province, o.province) && agree(city, o.city) && agree(county, o.county);
    }

    private static boolean agree(String x, String y) { return x == null || y == null || x.equals(y); }

    @Override
    public String toString() { return String.join("", parts()); }
}

package nianbao.parse.region;

/**
 * One administrative division of the gazetteer.
 *
 * @param code       statistical division code (as in the resource file)
 * @param name       full official name, e.g. 富阳区
 * @param parentCode code of the enclosing division, "" for a province
 * @param level      1 province, 2 city (prefecture level), 3 county, 4 township
 */
public record Division(String code, String name, String parentCode, int level) {
    public static final int PROVINCE = 1;
    public static final int CITY = 2;
    public static final int COUNTY = 3;
    public static final int TOWNSHIP = 4;
}

package nianbao.search;

/**
 * What to search for and where.
 *
 * @param query   the query text (see {@link QuerySyntax})
 * @param year    a year, or null
 * @param region  a province, city or county, with or without its 省/市/区/县 ending; or null
 * @param level   a level label (乡镇街道, 区县 …) or name (township, county …); or null
 * @param section a narrative section key (overview, problems, other), or {@code report} for whole reports; null for
 *                all narrative sections
 * @param limit   how many hits to return
 */
public record SearchRequest(String query, Integer year, String region, String level, String section, int limit) {
    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, 10);
    }

    public SearchRequest withLimit(int n) {
        return new SearchRequest(query, year, region, level, section, n);
    }
}

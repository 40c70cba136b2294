package nianbao.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search: the total number of matching documents, the best hits, and facet counts over all matches.
 *
 * @param facets dimension → value → count, values by falling count
 */
public record SearchResult(long total, List<Hit> hits, Map<String, Map<String, Integer>> facets) {

    /** One matching section (or report), with a snippet. */
    public record Hit(String reportId, String agency, Integer year, String province, String city, String county,
                      String level, String section, String source, float score, Snippet snippet) {}
}

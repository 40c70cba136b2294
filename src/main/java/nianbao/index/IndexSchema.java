package nianbao.index;

import java.util.Map;

/**
 * Which layout of documents, fields and analysis an index holds, as recorded in its commit data. Documents of another
 * layout make a search fail inside Lucene (facets missing) or, worse, answer it wrongly (a field missing, words cut
 * otherwise), so the indexer rebuilds such an index instead of updating it and the searcher refuses it with a message
 * saying so.
 */
public final class IndexSchema {
    /**
     * The layout this code writes. Change it whenever {@link ReportDocuments}, {@link IndexFields} or the analysis
     * chain change what a document holds; indexes written before the key existed count as another layout.
     */
    public static final String VERSION = "1";

    /** The commit-data key. */
    static final String KEY = "schema";

    private IndexSchema() {}

    /** Whether a commit's user data says it holds this layout (an index from before the key does not). */
    public static boolean isCurrent(Map<String, String> commitData) {
        return VERSION.equals(commitData.get(KEY));
    }
}

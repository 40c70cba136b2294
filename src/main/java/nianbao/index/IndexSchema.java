package nianbao.index;

import java.io.IOException;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;

/**
 * Which layout of documents, fields and analysis an index holds, as recorded in its commit data. Documents of another
 * layout would not fail a search, they would answer it wrongly (a field missing, words cut otherwise), so the
 * indexer rebuilds such an index instead of updating it and the searcher refuses it with a message saying so.
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

    /** False for an index written by another version; true for this layout and where there is no index yet. */
    public static boolean isCurrent(Directory dir) throws IOException {
        return !DirectoryReader.indexExists(dir)
                || VERSION.equals(Indexer.commitData(dir).get(KEY));
    }
}

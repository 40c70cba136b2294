package nianbao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/** Helpers for tests of the finding counts in the index. */
public final class FindingCountsTestSupport {
    private FindingCountsTestSupport() {}

    /** The stored count of one rule on a report's report document, or null when it has none. */
    public static String storedCount(Path index, String reportId, String rule) throws Exception {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            BooleanQuery q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexFields.REPORT_ID, reportId)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_REPORT)), BooleanClause.Occur.FILTER)
                    .build();
            TopDocs hits = new IndexSearcher(reader).search(q, 2);
            assertEquals(1, hits.totalHits.value, "one report document for " + reportId);
            Document d = reader.storedFields().document(hits.scoreDocs[0].doc);
            return d.get(IndexFields.RULE_PREFIX + rule);
        }
    }

    public static Path seedCorpus(Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        try (Stream<Path> seeds = Files.list(Path.of("corpus"))) {
            for (Path f : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        return corpus;
    }

}

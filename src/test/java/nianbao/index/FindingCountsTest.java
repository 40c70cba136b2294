package nianbao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The finding counts in the index follow the checker even when a report's bytes do not change. */
class FindingCountsTest {
    @TempDir Path tmp;

    static Findings rule(int n) {
        return new Findings(Map.of("warning", n), Map.of("SOME_RULE", n));
    }

    @Test
    void recountingReindexesOnlyTheFilesWhoseCountsChanged() throws Exception {
        Path corpus = FindingCountsTestSupport.seedCorpus(tmp);
        Path index = tmp.resolve("index");
        Path file = corpus.resolve("2021_潮鸣街道办事处.txt");
        String id = nianbao.parse.ReportLoader.load(file).id();
        Indexer.FindingCounter one = r -> rule(1);
        Indexer.FindingCounter twoForIt = r -> rule(r.id().equals(id) ? 2 : 1);
        Indexer.Listener quiet = new Indexer.Listener() {};

        assertEquals(5, new Indexer(index).findings(one).run(List.of(corpus), quiet).added());
        Indexer.Summary same = new Indexer(index).findings(one).recountUnchanged(true).run(List.of(corpus), quiet);
        assertEquals(List.of(5, 0, 0), List.of(same.unchanged(), same.added(), same.replaced()), "nothing changed");

        // Without recounting, unchanged bytes are enough to skip a file: the fast path of `nianbao index`.
        assertEquals(5, new Indexer(index).findings(twoForIt).run(List.of(corpus), quiet).unchanged());
        assertEquals("1", FindingCountsTestSupport.storedCount(index, id, "SOME_RULE"));

        Indexer.Summary recount = new Indexer(index).findings(twoForIt).recountUnchanged(true).run(List.of(corpus), quiet);
        assertEquals(List.of(4, 1), List.of(recount.unchanged(), recount.replaced()));
        assertEquals("2", FindingCountsTestSupport.storedCount(index, id, "SOME_RULE"));
        try (var searcher = nianbao.search.ReportSearcher.open(index)) {
            assertEquals(5 * 4, searcher.documentCount(), "replaced, not duplicated: 3 sections + 1 report each");
        }
    }

    @Test
    void aZeroCountIsTheSameAsNone() {
        assertEquals(new Findings(Map.of("warning", 0), Map.of("A", 0)).key(), new Findings(Map.of(), Map.of()).key());
        assertEquals(rule(1).key(), new Findings(Map.of("warning", 1, "error", 0), Map.of("SOME_RULE", 1)).key());
    }
}

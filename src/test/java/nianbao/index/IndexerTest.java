package nianbao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nianbao.search.ReportSearcher;
import nianbao.search.SearchRequest;

class IndexerTest {
    @TempDir Path tmp;
    SyntheticFiles synth;
    Path corpus;
    Path index;

    @BeforeEach
    void setUp() throws Exception {
        assumeTrue(Files.isDirectory(SyntheticFiles.SEEDS), "corpus/ with the seed reports is absent; skipping");
        synth = new SyntheticFiles(7);
        corpus = tmp.resolve("corpus");
        index = tmp.resolve("index");
    }

    Indexer.Summary run() throws Exception {
        return new Indexer(index).reportSource(synth).threads(2).run(List.of(corpus), new Indexer.Listener() {});
    }

    int docs() throws Exception {
        try (ReportSearcher s = ReportSearcher.open(index)) {
            return s.documentCount();
        }
    }

    long hits(String query) throws Exception {
        try (ReportSearcher s = ReportSearcher.open(index)) {
            return s.search(SearchRequest.of(query).withLimit(1000)).total();
        }
    }

    @Test
    void theCorpusUserDictionaryIsKeptBesideTheIndexSoSearchesSegmentAlike() throws Exception {
        synth.writeAll(corpus, 2);
        Files.writeString(corpus.resolve(HanLPData.USER_DICTIONARY), "# 用户词典\n政务公开专区\n");
        run();
        assertEquals("# 用户词典\n政务公开专区\n", Files.readString(index.resolve(HanLPData.USER_DICTIONARY)));
    }

    @Test
    void indexingTheSameCorpusTwiceChangesNothing() throws Exception {
        synth.writeAll(corpus, 12);
        Indexer.Summary first = run();
        assertEquals(12, first.added());
        int count = docs();
        assertEquals(12 * 4, count, "three narrative sections and one report document each");
        long before = hits("政务公开");
        Indexer.Summary second = run();
        assertEquals(new Indexer.Summary(0, 0, 12, 0, List.of(), 0), second);
        assertEquals(count, docs());
        assertEquals(before, hits("政务公开"));
    }

    @Test
    void aChangedFileReplacesItsDocumentsAndARemovedFileLosesThem() throws Exception {
        List<Path> files = synth.writeAll(corpus, 6);
        run();
        // File 0 now holds another report's text, with a word no other report has.
        synth.write(files.get(0), 100);
        Files.writeString(files.get(0), Files.readString(files.get(0)), StandardCharsets.UTF_8);
        String agency100 = synth.corpus().report(100).agency();
        String agency0 = synth.corpus().report(0).agency();
        Files.delete(files.get(5));
        Indexer.Summary s = run();
        assertEquals(0, s.added());
        assertEquals(1, s.replaced());
        assertEquals(4, s.unchanged());
        assertEquals(1, s.removed());
        assertEquals(5 * 4, docs());
        try (ReportSearcher searcher = ReportSearcher.open(index)) {
            List<String> agencies = searcher.search(new SearchRequest("政务", null, null, null, "report", 100)).hits()
                    .stream().map(h -> h.agency()).toList();
            assertTrue(agencies.contains(agency100), agencies.toString());
            if (!agency0.equals(agency100)) assertTrue(!agencies.contains(agency0) || synth.corpus().reports(6)
                    .skip(1).anyMatch(r -> r.agency().equals(agency0)), agencies.toString());
        }
    }

    @Test
    void aFileThatFailsIsReportedAndTheOthersAreIndexed() throws Exception {
        synth.writeAll(corpus, 3);
        Files.writeString(corpus.resolve("broken.txt"), "不是年报", StandardCharsets.UTF_8);
        Indexer.Summary s = run();
        assertEquals(3, s.added());
        assertEquals(1, s.failures().size());
        assertTrue(s.failures().get(0).file().endsWith("broken.txt"));
    }
}

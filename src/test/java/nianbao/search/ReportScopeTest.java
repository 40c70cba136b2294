package nianbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nianbao.index.Indexer;
import nianbao.index.SyntheticFiles;
import nianbao.index.TextNormalizer;
import nianbao.model.Report;
import nianbao.model.SectionKey;

/**
 * Whole-report search over an index of several segments, one report present as two files: every file whose report
 * matches is a hit, counted once per file, as a scan of the reports says.
 */
class ReportScopeTest {
    @TempDir Path tmp;

    @Test
    void reportHitsAcrossSegmentsAreTheFilesWhoseReportsMatch() throws Exception {
        assumeTrue(Files.isDirectory(SyntheticFiles.SEEDS), "corpus/ with the seed reports is absent; skipping");
        SyntheticFiles synth = new SyntheticFiles(5);
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Path index = tmp.resolve("index");
        synth.writeAll(a, 20);
        new Indexer(index).reportSource(synth).threads(1).run(List.of(a), new Indexer.Listener() {});
        Files.createDirectories(b);
        for (int i = 20; i < 40; i++) synth.write(b.resolve(synth.corpus().fileName(i)), i);
        synth.write(b.resolve("copy-of-0.txt"), 0);
        new Indexer(index).reportSource(synth).threads(1).run(List.of(a, b), new Indexer.Listener() {});
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
            assertTrue(r.leaves().size() >= 2, "two runs, two segments at least: " + r.leaves().size());
        }
        // one entry per file: report 0 twice
        List<Report> files = new ArrayList<>(synth.corpus().reports(40).toList());
        files.add(synth.corpus().report(0));

        try (ReportSearcher searcher = ReportSearcher.open(index)) {
            check(searcher, files, "公开 培训", t -> t.contains("公开") && t.contains("培训"));
            check(searcher, files, "政务新媒体 OR 信息处理费", t -> t.contains("政务新媒体") || t.contains("信息处理费"));
            check(searcher, files, "工作 -考核", t -> t.contains("工作") && !t.contains("考核"));
            List<SearchResult.Hit> zero = searcher.search(new SearchRequest("公开", null, null, null, "report", 100)).hits()
                    .stream().filter(h -> h.reportId().equals(files.get(0).id())).toList();
            assertEquals(2, zero.size(), "both files of report 0");
            assertEquals(zero.get(0).score(), zero.get(1).score(), "one report, one score");
        }
    }

    private static void check(ReportSearcher searcher, List<Report> files, String query, Predicate<String> matches)
            throws Exception {
        List<String> expected = new ArrayList<>();
        for (Report r : files) if (matches.test(narrative(r))) expected.add(r.id());
        SearchResult res = searcher.search(new SearchRequest(query, null, null, null, "report", 1000));
        assertEquals(expected.size(), res.total(), query);
        List<String> got = new ArrayList<>(res.hits().stream().map(SearchResult.Hit::reportId).toList());
        expected.sort(null);
        got.sort(null);
        assertEquals(expected, got, query);
        for (int i = 1; i < res.hits().size(); i++) {
            assertTrue(res.hits().get(i - 1).score() >= res.hits().get(i).score(), query + ": best first");
        }
        assertEquals(expected.size(), res.facets().get("year").values().stream().mapToInt(Integer::intValue).sum(),
                query + ": the year facet counts every hit");
    }

    private static String narrative(Report r) {
        return TextNormalizer.normalize(r.sectionText(SectionKey.OVERVIEW) + "\n" + r.sectionText(SectionKey.PROBLEMS)
                + "\n" + r.sectionText(SectionKey.OTHER));
    }
}

package nianbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import nianbao.index.SyntheticFiles;
import nianbao.index.TextNormalizer;
import nianbao.model.Report;
import nianbao.model.Section;

/**
 * The completeness property: for random 2–4 character strings taken from the corpus, search finds exactly the
 * sections a plain scan of the section texts finds — nothing missed, whatever HanLP made of the text.
 */
class CompletenessTest {
    @Test
    void searchFindsEverySectionAPlainScanFinds() throws Exception {
        assumeTrue(Files.isDirectory(SyntheticFiles.SEEDS), "corpus/ with the seed reports is absent; skipping");
        List<Report> reports = SearchIndexFixture.reports();
        List<String[]> sections = new ArrayList<>(); // {report id, section id, normalised text}
        for (Report r : reports) {
            for (Section s : r.sections()) {
                if (s.key().isNarrative() && !s.text().isBlank()) {
                    sections.add(new String[] {r.id(), s.key().id(), TextNormalizer.normalize(s.text())});
                }
            }
        }
        Random rnd = new Random(2021);
        int checked = 0;
        try (ReportSearcher searcher = ReportSearcher.open(SearchIndexFixture.index())) {
            while (checked < 300) {
                String text = reports.get(rnd.nextInt(reports.size())).sections().get(rnd.nextBoolean() ? 0 : 4).text();
                int len = 2 + rnd.nextInt(3);
                if (text.length() < len) continue;
                int at = rnd.nextInt(text.length() - len + 1);
                String sample = text.substring(at, at + len);
                // A query is a quoted phrase: skip samples with spaces or quote marks, which the syntax reserves.
                if (!sample.codePoints().allMatch(c -> !Character.isWhitespace(c) && c != '"' && c != '“' && c != '”'
                        && c != '\u3000')) continue;
                String norm = TextNormalizer.normalize(sample);
                Set<String> expected = new TreeSet<>();
                for (String[] s : sections) if (s[2].contains(norm)) expected.add(s[0] + "#" + s[1]);
                Set<String> found = new TreeSet<>();
                SearchResult r = searcher.search(SearchRequest.of("\"" + sample + "\"").withLimit(10_000));
                for (SearchResult.Hit h : r.hits()) found.add(h.reportId() + "#" + h.section());
                assertEquals(expected, found, "query " + sample);
                assertEquals(expected.size(), r.total());
                checked++;
            }
        }
    }
}

package nianbao.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nianbao.model.CellIds;
import nianbao.model.FormatVersion;
import nianbao.model.Report;
import nianbao.model.Section;
import nianbao.model.SectionKey;

class SyntheticCorpusTest {
    static final Path SEEDS = Path.of("corpus");
    static SyntheticCorpus corpus;

    @BeforeAll
    static void load() throws Exception {
        assumeTrue(Files.isDirectory(SEEDS), "corpus/ with the seed reports is absent; skipping");
        corpus = SyntheticCorpus.fromSeeds(SEEDS, 42);
    }

    @Test
    void sameSeedSameReportsOtherSeedOtherReports() throws Exception {
        SyntheticCorpus again = SyntheticCorpus.fromSeeds(SEEDS, 42);
        SyntheticCorpus other = SyntheticCorpus.fromSeeds(SEEDS, 43);
        for (int i = 0; i < 20; i++) {
            assertEquals(corpus.text(i), again.text(i));
            assertEquals(corpus.report(i), again.report(i));
            assertNotEquals(corpus.text(i), other.text(i));
        }
    }

    @Test
    void reportsVaryInAgencyRegionYearAndLevel() {
        Set<String> agencies = new HashSet<>();
        Set<String> provinces = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        Set<Object> levels = new HashSet<>();
        corpus.reports(200).forEach(r -> {
            agencies.add(r.agency());
            provinces.add(r.region().province());
            years.add(r.year());
            levels.add(r.level());
            assertNotNull(r.region().province());
            assertEquals(r.year() <= 2020 ? FormatVersion.V2019 : FormatVersion.V2021, r.format());
        });
        assertTrue(agencies.size() > 100, "agencies: " + agencies.size());
        assertTrue(provinces.size() >= 6);
        assertEquals(6, years.size());
        assertEquals(5, levels.size());
    }

    @Test
    void sectionsSitAtTheirOffsetsUnderTheStandardHeadings() {
        corpus.reports(50).forEach(r -> {
            assertEquals(6, r.sections().size());
            for (Section s : r.sections()) {
                assertEquals(s.text(), r.text().substring(s.start(), s.end()));
                String before = r.text().substring(0, s.start());
                assertTrue(before.endsWith(s.key().standardHeading() + "\n"), s.key() + " heading");
                assertFalse(s.text().isBlank(), s.key() + " empty");
            }
        });
    }

    @Test
    void everyCanonicalCellIsPrintedAndTable3MostlyAddsUp() {
        int consistent = 0;
        int n = 200;
        for (int i = 0; i < n; i++) {
            Report r = corpus.report(i);
            assertEquals(Set.copyOf(CellIds.all(r.format())), r.cells().ids(), "cells of report " + i);
            for (String row : CellIds.t3Rows(r.format())) {
                long sum = 0;
                for (String c : CellIds.T3_APPLICANT_COLUMNS) sum += r.cells().getLong(CellIds.t3(row, c));
                if (!row.equals("result_total")) assertEquals(sum, r.cells().getLong(CellIds.t3(row, "total")));
            }
            long in = r.cells().getLong("t3.new.total") + r.cells().getLong("t3.carried_in.total");
            long out = r.cells().getLong("t3.result_total.total") + r.cells().getLong("t3.carried_out.total");
            if (in == out) consistent++;
            // The figures are printed in the section text, last on their row.
            String t4 = r.sectionText(SectionKey.REVIEW);
            String lastRow = t4.substring(t4.lastIndexOf('\n') + 1);
            assertEquals(r.cells().get("t4.review.total"), new BigDecimal(lastRow.split("\t")[4]));
        }
        assertTrue(consistent > n * 85 / 100 && consistent < n, "consistent: " + consistent);
    }

    @Test
    void seedPlaceNamesAreReplacedAndTheFeeIsStatedFrom2021() {
        corpus.reports(100).forEach(r -> {
            for (String seedName : List.of("湖源", "沁园", "潮鸣", "任圩")) {
                assertFalse(r.text().contains(seedName), seedName + " in " + r.source());
            }
            assertFalse(r.text().contains("\u0001") || r.text().contains("\u0002") || r.text().contains("\u0003"));
            if (r.format() == FormatVersion.V2021) assertTrue(r.sectionText(SectionKey.OTHER).contains("费"));
        });
    }

    @Test
    void theParserReadsTheTextFilesAsTheReportsBuiltDirectly(@TempDir Path dir) throws Exception {
        List<Path> files = corpus.writeTexts(dir, 30);
        for (int i = 0; i < files.size(); i++) {
            Report parsed = nianbao.parse.ReportLoader.load(files.get(i));
            Report built = corpus.report(i);
            assertEquals(built.cells(), parsed.cells(), "cells of " + files.get(i));
            for (SectionKey k : SectionKey.values()) {
                assertEquals(built.sectionText(k).strip(), parsed.sectionText(k).strip(), k + " of " + files.get(i));
            }
            assertEquals(built.year(), parsed.year());
            assertEquals(built.format(), parsed.format());
            assertEquals(built.level(), parsed.level());
            assertEquals(List.of(), parsed.notes(), "parser notes on " + files.get(i));
        }
    }

    @Test
    void writesTheSameReportsAsTextFiles(@TempDir Path dir) throws Exception {
        List<Path> files = corpus.writeTexts(dir, 5);
        assertEquals(5, files.size());
        for (int i = 0; i < 5; i++) {
            assertEquals(corpus.fileName(i), files.get(i).getFileName().toString());
            assertEquals(corpus.text(i), Files.readString(files.get(i), StandardCharsets.UTF_8));
        }
    }
}

package nianbao.problems;

import nianbao.model.Cells;
import nianbao.model.Level;
import nianbao.model.Region;
import nianbao.model.Report;
import nianbao.model.SectionKey;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Statistics on five hand-made reports; every expected number below was counted by hand from the texts. */
class StatisticsTest {
    private static final Region ZJ = new Region("浙江省", null, null);
    private static final Region AH = new Region("安徽省", null, null);

    private static List<Report> corpus() {
        return List.of(
                // P2+P7, P5 | R5, R2+R7
                Seeds.report("a", "甲镇", 2020, ZJ, Level.TOWNSHIP, SectionKey.PROBLEMS,
                        "存在的主要问题：一是网站栏目更新不及时；二是业务水平不高。\n改进措施：一是加强培训；二是定期巡检网站。"),
                // P3, P5, (none: unmatched and vague) | R1+R5
                Seeds.report("b", "乙县", 2021, ZJ, Level.COUNTY, SectionKey.PROBLEMS,
                        "一是政策解读形式单一。二是业务水平有待提高。三是工作合力有待加强。\n下一步，将加强培训，丰富解读形式。"),
                // remedies only: R9, R5
                Seeds.report("c", "丙镇", 2021, AH, Level.TOWNSHIP, SectionKey.PROBLEMS,
                        "1、加强宣传，提高群众知晓率。\n2、加强培训。"),
                // empty
                Seeds.report("d", "丁县", 2021, AH, Level.COUNTY, SectionKey.PROBLEMS, "无"),
                // no section 五 at all
                new Report("e", "e.txt", "text", null, "戊", "戊局", 2021, AH, null, null, null, List.of(),
                        Cells.empty(), List.of(), ""));
    }

    private static ProblemStatistics stats(Grouping by) {
        Taxonomy t = Taxonomy.builtIn();
        return new StatisticsBuilder(t).build(new ProblemAnalyzer(t).analyzeAll(corpus()), by);
    }

    private static ProblemStatistics.CategoryTotal total(ProblemStatistics s, String code) {
        return s.categories().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void categoryTotalsAndShares() {
        ProblemStatistics s = stats(Grouping.YEAR);
        assertEquals(5, s.reports());
        assertEquals(2, total(s, "P5").statements());
        assertEquals(2, total(s, "P5").reports());
        assertEquals(0.4, total(s, "P5").share(), 1e-9);
        assertEquals(3, total(s, "R5").reports());
        assertEquals(0.6, total(s, "R5").share(), 1e-9);
        for (String one : List.of("P2", "P3", "P7", "R1", "R2", "R7", "R9")) {
            assertEquals(1, total(s, one).reports(), one);
            assertEquals(1, total(s, one).statements(), one);
        }
        for (String none : List.of("P1", "P4", "P6", "P8", "P13", "R3", "R4", "R13")) {
            assertEquals(0, total(s, none).reports(), none);
        }
    }

    @Test
    void byYear() {
        ProblemStatistics s = stats(Grouping.YEAR);
        assertEquals(List.of("2020", "2021"), s.groups().stream().map(ProblemStatistics.GroupRow::group).toList());
        ProblemStatistics.GroupRow y2020 = s.groups().get(0), y2021 = s.groups().get(1);
        assertEquals(1, y2020.reports());
        assertEquals(Map.of("P2", 1, "P5", 1, "P7", 1, "R2", 1, "R5", 1, "R7", 1), y2020.reportsNaming());
        assertEquals(4, y2021.reports());
        assertEquals(Map.of("P3", 1, "P5", 1, "R1", 1, "R5", 2, "R9", 1), y2021.reportsNaming());
        assertEquals(0.5, y2021.share("R5"), 1e-9);
    }

    @Test
    void byRegionAndLevel() {
        ProblemStatistics r = stats(Grouping.REGION);
        assertEquals(List.of("安徽省", "浙江省"), r.groups().stream().map(ProblemStatistics.GroupRow::group).toList());
        assertEquals(3, r.groups().get(0).reports());
        assertEquals(Map.of("R5", 1, "R9", 1), r.groups().get(0).reportsNaming());
        assertEquals(2, r.groups().get(1).reportsNaming().get("R5"));
        ProblemStatistics l = stats(Grouping.LEVEL);
        Map<String, Integer> sizes = new java.util.TreeMap<>();
        for (var g : l.groups()) sizes.put(g.group(), g.reports());
        assertEquals(Map.of("乡镇街道", 2, "区县", 2, Grouping.UNKNOWN, 1), sizes);
    }

    @Test
    void pairingsDefectsUnmatchedVague() {
        ProblemStatistics s = stats(Grouping.YEAR);
        assertEquals(new ProblemStatistics.Pairing("P5", "R5", 2), s.pairings().get(0));
        // a: 3 problem × 3 remedy categories, b: 2 × 2; P5→R5 is in both, so 13 pairings in 12 rows
        assertEquals(13, s.pairings().stream().mapToInt(ProblemStatistics.Pairing::reports).sum());
        assertEquals(12, s.pairings().size());
        assertEquals(Map.of("c", Balance.REMEDIES_ONLY, "d", Balance.EMPTY, "e", Balance.MISSING),
                s.defective().stream().collect(java.util.stream.Collectors.toMap(
                        ProblemStatistics.ReportRef::reportId, ProblemStatistics.ReportRef::balance)));
        assertEquals(List.of("工作合力有待加强。"), s.unmatched().stream().map(ProblemStatistics.Example::text).toList());
        assertEquals(List.of("工作合力有待加强。"), s.vague().stream().map(ProblemStatistics.Example::text).toList());
        assertEquals("b", s.unmatched().get(0).reportId());
    }

    @Test
    void examplesLinkToReportsAndPreferSpecificStatements() {
        ProblemStatistics s = stats(Grouping.YEAR);
        List<ProblemStatistics.Example> r5 = s.examples().get("R5");
        assertEquals(3, r5.size());
        // "加强培训" (R5 alone) from a and from c come before b's two-category sentence
        assertEquals("加强培训", r5.get(0).text().replace("。", ""));
        assertEquals("b", r5.get(2).reportId());
        assertNull(s.examples().get("P1"));
    }
}

package nianbao.check;

import nianbao.model.Report;
import nianbao.model.Section;
import nianbao.parse.ReportLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The findings a careful inspector makes on the five seed reports (read from the project's corpus/), exactly.
 * Written by reading each report against RULES.md:
 * <ul>
 *   <li>潮鸣街道 2021: its one request "进行办理和答复", yet table 三 carries it over to next year;</li>
 *   <li>任圩街道 2021: no 四、结转下年度继续办理 row (so the balance cannot be checked), 第二十条第（一）项 printed twice;</li>
 *   <li>城中街道 2021: section 六 is "无。", silent on 信息处理费;</li>
 *   <li>沁园街道 2020: section 五 lists remedies only;</li>
 *   <li>湖源乡 2021: consistent.</li>
 * </ul>
 */
class SeedFindingsTest {
    static Map<String, List<Finding>> byFile;
    static Map<String, Report> reports;

    @BeforeAll
    static void check() throws Exception {
        ReportLoader.Result loaded = ReportLoader.loadAll(List.of(Path.of("corpus")));
        assertTrue(loaded.failures().isEmpty(), loaded.failures().toString());
        List<Checker.Result> results = new Checker().checkAll(loaded.reports());
        byFile = results.stream().collect(Collectors.toMap(r -> Path.of(r.report().source()).getFileName().toString(),
                Checker.Result::findings));
        reports = results.stream().collect(Collectors.toMap(r -> Path.of(r.report().source()).getFileName().toString(),
                Checker.Result::report));
    }

    /** "severity RULE cells" — for T_UNCHECKABLE the rule it could not evaluate instead of the cells. */
    static Set<String> keys(String file) {
        Set<String> out = new TreeSet<>();
        for (Finding f : byFile.get(file)) {
            String what = f.rule().equals("T_UNCHECKABLE") ? f.message().substring(0, f.message().indexOf('（'))
                    : String.join(",", f.cells());
            out.add(f.severity().id() + " " + f.rule() + " " + what);
        }
        return out;
    }

    @Test
    void chaoming2021SaysHandledButCarriesOver() {
        assertEquals(Set.of("error NARRATIVE_TABLE_MISMATCH t3.carried_out.total"), keys("2021_潮鸣街道办事处.txt"));
        Finding f = byFile.get("2021_潮鸣街道办事处.txt").get(0);
        assertTrue(f.evidence().get(0).text().contains("进行办理和答复"), f.evidence().toString());
        assertEquals(1, f.expected().intValue());
        assertEquals(0, f.actual().intValue());
    }

    @Test
    void renwei2021MissesTheCarryOverRowAndPrintsABlockTwice() {
        String carriedOut = "t3.carried_out.natural,t3.carried_out.business,t3.carried_out.research,"
                + "t3.carried_out.nonprofit,t3.carried_out.legal,t3.carried_out.other_org,t3.carried_out.total";
        assertEquals(Set.of(
                "warning T_ROW_MISSING " + carriedOut,
                "info T_DUPLICATE_BLOCK ",
                "info T_UNCHECKABLE T3_BALANCE",
                "info T_UNCHECKABLE T3_ZERO_PROPAGATION"), keys("2021_相山区任圩街道办事处.txt"));
        Finding dup = byFile.get("2021_相山区任圩街道办事处.txt").stream()
                .filter(f -> f.rule().equals("T_DUPLICATE_BLOCK")).findFirst().orElseThrow();
        assertEquals(2, dup.evidence().size());
        assertTrue(dup.message().contains("第二十条第（一）项") && dup.message().contains("一致"), dup.message());
    }

    @Test
    void chengzhong2021IsSilentOnFees() {
        assertEquals(Set.of("warning FEE_STATEMENT_MISSING "), keys("2021_城中区城中街道办事处.txt"));
    }

    @Test
    void qinyuan2020ListsRemediesOnly() {
        assertEquals(Set.of("warning PROBLEMS_ONE_SIDED "), keys("2020_沁园街道办事处.txt"));
    }

    @Test
    void huyuan2021IsConsistent() {
        assertEquals(Set.of(), keys("2021_富阳区湖源乡.txt"));
    }

    @Test
    void everyEvidenceQuotesItsSectionExactly() {
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            Report r = reports.get(e.getKey());
            for (Finding f : e.getValue()) {
                for (Evidence ev : f.evidence()) {
                    Section s = r.sections().stream().filter(x -> x.key().id().equals(ev.section())).findFirst().orElseThrow();
                    assertEquals(s.text().substring(ev.start(), ev.end()), ev.text(), e.getKey() + " " + f.rule());
                }
            }
        }
    }
}

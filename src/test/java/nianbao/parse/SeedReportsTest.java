package nianbao.parse;

import nianbao.model.CellIds;
import nianbao.model.FormatVersion;
import nianbao.model.Level;
import nianbao.model.Region;
import nianbao.model.Report;
import nianbao.model.SectionKey;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The five seed reports, cell by cell. Expectations were written by reading each file: every table cell printed in
 * these reports is 0 except the ones listed per report.
 */
class SeedReportsTest {
    static Report load(String name) throws Exception {
        return ReportLoader.load(Path.of("corpus", name));
    }

    /** Every canonical cell of the version at 0, then the printed non-zero cells. */
    static Map<String, BigDecimal> zerosExcept(FormatVersion v, Object... idValue) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (String id : CellIds.all(v)) m.put(id, BigDecimal.ZERO);
        for (int i = 0; i < idValue.length; i += 2) {
            Object val = idValue[i + 1];
            m.put((String) idValue[i], val == null ? null : new BigDecimal(val.toString()));
        }
        return m;
    }

    static void assertCells(Map<String, BigDecimal> expected, Report r) {
        for (Map.Entry<String, BigDecimal> e : expected.entrySet()) {
            BigDecimal actual = r.cells().get(e.getKey());
            if (e.getValue() == null) assertNull(actual, e.getKey());
            else {
                assertTrue(actual != null && actual.compareTo(e.getValue()) == 0,
                        e.getKey() + ": expected " + e.getValue() + " but was " + actual);
            }
        }
        for (String id : r.cells().ids()) assertTrue(expected.containsKey(id), "unexpected cell " + id);
    }

    static void assertAllSections(Report r) {
        assertEquals(Arrays.asList(SectionKey.values()), r.sections().stream().map(s -> s.key()).toList());
    }

    @Test
    void chaoming2021() throws Exception {
        Report r = load("2021_潮鸣街道办事处.txt");
        assertEquals("潮鸣街道办事处", r.agency());
        assertEquals(new Region("浙江省", "杭州市", "拱墅区"), r.region());
        assertEquals(2021, r.year());
        assertEquals(Level.TOWNSHIP, r.level());
        assertEquals(FormatVersion.V2021, r.format());
        assertAllSections(r);
        assertCells(zerosExcept(FormatVersion.V2021,
                "t2.penalty.decisions", 145,
                "t3.new.natural", 1, "t3.new.total", 1,
                "t3.carried_out.natural", 1, "t3.carried_out.total", 1,
                "t4.review.pending", 1, "t4.review.total", 1), r);
        assertEquals(200, r.cells().size());
        assertTrue(r.notes().isEmpty(), r.notes().toString());
    }

    @Test
    void huyuan2021() throws Exception {
        Report r = load("2021_富阳区湖源乡.txt");
        assertEquals("富阳区湖源乡", r.agency());
        assertEquals(new Region("浙江省", "杭州市", "富阳区"), r.region());
        assertEquals(2021, r.year());
        assertEquals(FormatVersion.V2021, r.format());
        assertAllSections(r);
        assertEquals("5、 存在的主要问题及改进情况", r.section(SectionKey.PROBLEMS).orElseThrow().heading());
        assertCells(zerosExcept(FormatVersion.V2021), r);
        assertEquals(200, r.cells().size());
    }

    @Test
    void renwei2021MissingCarryOverRowAndDuplicateBlock() throws Exception {
        Report r = load("2021_相山区任圩街道办事处.txt");
        assertEquals("相山区任圩街道办事处", r.agency());
        assertEquals(new Region("安徽省", "淮北市", "相山区"), r.region());
        assertEquals("相山区任圩街道办事处2021年政府信息公开工作年度报告", r.title());
        assertEquals(2021, r.year());
        assertAllSections(r);
        Map<String, BigDecimal> expected = zerosExcept(FormatVersion.V2021);
        for (String c : CellIds.T3_COLUMNS) expected.put(CellIds.t3("carried_out", c), null);
        assertCells(expected, r);
        for (String c : CellIds.T3_COLUMNS) assertFalse(r.cells().isPresent(CellIds.t3("carried_out", c)));
        assertTrue(r.notes().stream().anyMatch(n -> n.kind().equals("missing_row")
                && n.cells().contains("t3.carried_out.total")), r.notes().toString());
        assertEquals(2, r.notes().stream().filter(n -> n.kind().equals("duplicate_block")).count());
    }

    @Test
    void chengzhong2021() throws Exception {
        Report r = load("2021_城中区城中街道办事处.txt");
        assertEquals("城中区城中街道办事处", r.agency());
        assertEquals(new Region("广西壮族自治区", "柳州市", "城中区"), r.region());
        assertEquals(2021, r.year());
        assertEquals("2022-01-14", r.published());
        assertAllSections(r);
        assertEquals("总体情况", r.section(SectionKey.OVERVIEW).orElseThrow().heading());
        assertCells(zerosExcept(FormatVersion.V2021), r);
        assertEquals(200, r.cells().size());
        assertEquals("无。", r.sectionText(SectionKey.OTHER));
    }

    @Test
    void qinyuan2020ShiftedRowsOf2019Format() throws Exception {
        Report r = load("2020_沁园街道办事处.txt");
        assertEquals("沁园街道办事处", r.agency());
        // two 沁园街道 in 河南 (济源市, 沁阳市): only the province is certain
        assertEquals(new Region("河南省", null, null), r.region());
        assertEquals(2020, r.year());
        assertEquals(FormatVersion.V2019, r.format());
        assertAllSections(r);
        assertCells(zerosExcept(FormatVersion.V2019,
                "t2.procurement.items", 31, "t2.procurement.amount", "214.6823",
                "t3.new.natural", 1, "t3.new.total", 1,
                "t3.unable_not_held.natural", 1, "t3.unable_not_held.total", 1,
                "t3.result_total.natural", 1, "t3.result_total.total", 1), r);
        assertEquals(22 + 23 * 7 + 15, r.cells().size());
        // fifteen result rows (予以公开 … 2.重复申请) lost a cell in the export; each is reported
        assertEquals(15, r.notes().stream().filter(n -> n.kind().equals("short_row")).count());
    }

    @Test
    void sectionOffsetsPointIntoTheText() throws Exception {
        for (String name : List.of("2021_潮鸣街道办事处.txt", "2020_沁园街道办事处.txt")) {
            Report r = load(name);
            for (var s : r.sections()) assertEquals(s.text(), r.text().substring(s.start(), s.end()));
        }
    }

    @Test
    void eachCellKnowsTheRowItWasPrintedOn() throws Exception {
        Report chaoming = load("2021_潮鸣街道办事处.txt");
        var o = chaoming.cells().origin("t3.carried_out.total").orElseThrow();
        String row = chaoming.text().substring(o.start(), o.end());
        assertTrue(row.startsWith("\t四、结转下年度继续办理"), row);
        assertEquals(8, row.split("\n").length, "the label line and its seven one-cell lines");
        Report qinyuan = load("2020_沁园街道办事处.txt");
        var q = qinyuan.cells().origin("t3.unable_not_held.natural").orElseThrow();
        assertEquals("\t(四) 无法提供\t1.本机关不掌握相关政府信息\t\t1\t0\t0\t0\t0\t1", qinyuan.text().substring(q.start(), q.end()));
    }

    @Test
    void idIsStableAndDistinct() throws Exception {
        assertEquals(load("2021_潮鸣街道办事处.txt").id(), load("2021_潮鸣街道办事处.txt").id());
        assertFalse(load("2021_潮鸣街道办事处.txt").id().equals(load("2021_富阳区湖源乡.txt").id()));
    }
}

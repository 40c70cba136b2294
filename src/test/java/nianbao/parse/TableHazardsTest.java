package nianbao.parse;

import nianbao.model.Note;
import nianbao.model.Report;
import nianbao.read.TextReader;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each hazard of FORMAT.md "How the tables arrive", one at a time, in the layouts the seeds show. */
class TableHazardsTest {
    static Report parse(String active, String applications, String review) throws Exception {
        String text = "某某街道办事处2021年政府信息公开工作年度报告\n\n一、总体情况\n2021年，我街道依法做好公开工作。\n\n"
                + "二、主动公开政府信息情况\n" + active + "\n"
                + "三、收到和处理政府信息公开申请情况\n" + applications + "\n"
                + "四、政府信息公开行政复议、行政诉讼情况\n" + review + "\n"
                + "五、存在的主要问题及改进情况\n一是更新不及时。下一步将加强培训。\n六、其他需要报告的事项\n本年度未收取信息处理费。\n";
        return ReportParser.parse(new TextReader().read(java.nio.file.Path.of("test.txt"), text.getBytes(StandardCharsets.UTF_8)));
    }

    static Report applications(String rows) throws Exception { return parse("", rows, ""); }

    static long value(Report r, String id) {
        BigDecimal v = r.cells().get(id);
        if (v == null) throw new AssertionError(id + " is null; cells " + r.cells());
        return v.longValueExact();
    }

    static String cells(String label, String... values) {
        StringBuilder sb = new StringBuilder(label);
        for (String v : values) sb.append("\t").append(v).append("\n");
        return sb.append("\n").toString();
    }

    @Test
    void numberPushedToTheNextLine() throws Exception {
        Report r = applications("\t一、本年新收政府信息公开申请数量\n\t1\n\t0\n\t0\n\t0\n\t0\n\t\n0\n\t\n1\n\n");
        assertEquals(1, value(r, "t3.new.natural"));
        assertEquals(0, value(r, "t3.new.other_org"));
        assertEquals(1, value(r, "t3.new.total"));
    }

    @Test
    void labelWrappedOverTwoLines() throws Exception {
        Report r = applications("\t\n\t（二）部分公开（区分处理的，只计这一情形，\n不计其他情形）\n"
                + "\t2\n\t0\n\t0\n\t0\n\t0\n\t0\n\t2\n\n");
        assertEquals(2, value(r, "t3.partial.natural"));
        assertEquals(2, value(r, "t3.partial.total"));
    }

    @Test
    void groupLabelRepeatedAfterAPageBreakStillNamesTheSubItem() throws Exception {
        Report r = applications("\t三、本年度办理结果\n\t（三）不予公开\n\t1.属于国家秘密\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\n"
                + "\t三、本年度办理结果\n\t（一）予以公开\n\t3\n\t0\n\t0\n\t0\n\t0\n\t0\n\t3\n\n");
        assertEquals(0, value(r, "t3.withheld_secret.total"));
        assertEquals(3, value(r, "t3.disclosed.total"));
    }

    @Test
    void missingCarryOverRowIsNullAndNotedNeverZero() throws Exception {
        Report r = applications("\t一、本年新收政府信息公开申请数量\n\t1\n\t0\n\t0\n\t0\n\t0\n\t0\n\t1\n\n");
        assertFalse(r.cells().isPresent("t3.carried_out.total"));
        assertNull(r.cells().get("t3.carried_out.total"));
        Note note = r.notes().stream().filter(n -> n.kind().equals("missing_row")
                && n.cells().contains("t3.carried_out.total")).findFirst().orElseThrow();
        assertTrue(note.message().contains("四、结转下年度继续办理"), note.message());
    }

    @Test
    void blockPrintedTwiceKeepsTheFirstAndSaysWhetherTheCopiesAgree() throws Exception {
        String block = "\t第二十条第（一）项\n\n\t信息内容\n\t本年制发件数\n\t本年废止件数\n\t现行有效件数\n\n";
        Report r = parse(block + cells("\t规章\n", "1", "0", "5") + block + cells("\t规章\n", "2", "0", "5"), "", "");
        assertEquals(1, value(r, "t2.rules.issued"));
        Note note = r.notes().stream().filter(n -> n.kind().equals("duplicate_block")).findFirst().orElseThrow();
        assertTrue(note.message().contains("不一致"), note.message());
    }

    @Test
    void fullWidthPaddingAndDigits() throws Exception {
        Report r = parse(cells("\t规章\n", "　　０", " 　3", "７８２"), "", "");
        assertEquals(0, value(r, "t2.rules.issued"));
        assertEquals(3, value(r, "t2.rules.repealed"));
        assertEquals(782, value(r, "t2.rules.in_force"));
    }

    @Test
    void blankSlashAndDashAreNullNotZero() throws Exception {
        Report r = parse(cells("\t规章\n", "/", "-", "") + cells("\t行政事业性收费\n", "1.2500"), "", "");
        assertTrue(r.cells().isPresent("t2.rules.issued"));
        assertNull(r.cells().get("t2.rules.issued"));
        assertNull(r.cells().get("t2.rules.repealed"));
        assertEquals(0, new BigDecimal("1.25").compareTo(r.cells().get("t2.fees.amount")));
    }

    @Test
    void shortTabRowIsPlacedByTheTableArithmetic() throws Exception {
        // 2020-style export: the 不掌握 row lost a cell; only 自然人 can hold its 1 because every other column totals 0
        String rows = "一、本年新收政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1\t\n"
                + "二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t\n"
                + "\t(四) 无法提供\t1.本机关不掌握相关政府信息\t\t1\t0\t0\t0\t0\t1\n"
                + "\t\t(七) 总计\t1\t0\t0\t0\t0\t0\t1\n"
                + "四、结转下年度继续办理\t\t\t0\t0\t0\t0\t0\t0\t0\n";
        Report r = applications(rows);
        assertEquals(1, value(r, "t3.unable_not_held.natural"));
        assertEquals(0, value(r, "t3.unable_not_held.business"));
        assertEquals(1, value(r, "t3.unable_not_held.total"));
        assertTrue(r.notes().stream().anyMatch(n -> n.kind().equals("short_row")));
    }

    @Test
    void shortRowThatArithmeticCannotPlaceLeavesCellsNull() throws Exception {
        // no totals to decide by: the 6 numbers of 予以公开 could sit under any 6 of the 7 columns
        Report r = applications("\t三、本年度办理结果\t(一) 予以公开\t\t2\t1\t0\t0\t0\t3\n");
        assertNull(r.cells().get("t3.disclosed.natural"));
        assertNull(r.cells().get("t3.disclosed.business"));
        Note note = r.notes().stream().filter(n -> n.kind().equals("short_row")).findFirst().orElseThrow();
        assertTrue(note.message().contains("留空"), note.message());
    }

    @Test
    void everyCellWithAPrintedRowWasRead() throws Exception {
        // TableSink records a row's origin for all its slots before a short row is solved: each slot must still end
        // up among the cells, with a value or blank, whether the solver placed it or not
        Report placed = applications("一、本年新收政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1\t\n"
                + "\t(四) 无法提供\t1.本机关不掌握相关政府信息\t\t1\t0\t0\t0\t0\t1\n"
                + "\t\t(七) 总计\t1\t0\t0\t0\t0\t0\t1\n");
        Report undecided = applications("\t三、本年度办理结果\t(一) 予以公开\t\t2\t1\t0\t0\t0\t3\n");
        for (Report r : java.util.List.of(placed, undecided)) {
            int withOrigin = 0;
            for (nianbao.model.FormatVersion v : nianbao.model.FormatVersion.values()) {
                for (String id : nianbao.model.CellIds.all(v)) {
                    if (r.cells().origin(id).isEmpty()) continue;
                    withOrigin++;
                    assertTrue(r.cells().isPresent(id), id + " has a printed row but was not read");
                }
            }
            assertTrue(withOrigin >= 7, "the short row's seven cells have their row: " + withOrigin);
        }
        assertTrue(undecided.cells().origin("t3.disclosed.natural").isPresent());
    }

    @Test
    void rowsWithOneTabBetweenLabelAndValue() throws Exception {
        Report r = parse("行政许可\t2353\n行政处罚\t17\n规章\t1\t0\t4\n", "", "");
        assertEquals(2353, value(r, "t2.licensing.decisions"));
        assertEquals(17, value(r, "t2.penalty.decisions"));
        assertEquals(4, value(r, "t2.rules.in_force"));
    }

    @Test
    void unknownTable2RowsAreKeptAsExtraCells() throws Exception {
        Report r = parse("其他主动公开文件\t5\n行政许可\t2\n", "", "");
        assertEquals(5, value(r, "t2.extra.其他主动公开文件"));
        assertTrue(r.notes().stream().anyMatch(n -> n.kind().equals("unknown_label")
                && n.cells().contains("t2.extra.其他主动公开文件")), r.notes().toString());
    }

    @Test
    void aRowWithMoreNumbersThanColumnsIsAlignedRightAndNoted() throws Exception {
        Report r = applications("一、本年新收政府信息公开申请数量\t9\t1\t0\t0\t0\t0\t0\t1\n");
        assertEquals(1, value(r, "t3.new.natural"));
        assertEquals(1, value(r, "t3.new.total"));
        assertTrue(r.notes().stream().anyMatch(n -> n.kind().equals("long_row")), r.notes().toString());
    }

    @Test
    void aMissingSectionInTheMiddleIsNoted() throws Exception {
        String text = "某某镇2021年政府信息公开工作年度报告\n一、总体情况\n2021年，我镇依法公开。\n"
                + "三、收到和处理政府信息公开申请情况\n\t一、本年新收政府信息公开申请数量\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\n"
                + "四、政府信息公开行政复议、行政诉讼情况\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n"
                + "五、存在的主要问题及改进情况\n一是更新不及时。下一步将加强。\n六、其他需要报告的事项\n无。\n";
        Report r = ReportParser.parse(new TextReader().read(java.nio.file.Path.of("m.txt"), text.getBytes(StandardCharsets.UTF_8)));
        assertTrue(r.notes().stream().anyMatch(n -> n.kind().equals("missing_section")
                && n.message().contains("二、主动公开政府信息情况")), r.notes().toString());
        assertTrue(r.notes().stream().noneMatch(n -> n.kind().equals("truncated")));
    }

    @Test
    void table4AsOneLineOfFifteenNumbers() throws Exception {
        Report r = parse("", "", "0\t0\t0\t0\t0\t1\t0\t0\t1\t2\t0\t0\t0\t0\t0\n");
        assertEquals(1, value(r, "t4.suit_direct.upheld"));
        assertEquals(1, value(r, "t4.suit_direct.pending"));
        assertEquals(2, value(r, "t4.suit_direct.total"));
        assertEquals(0, value(r, "t4.suit_after_review.total"));
    }

    @Test
    void rowLabelsThatLookLikeHeadingsAreRowsNotSections() throws Exception {
        Report r = applications("四、结转下年度继续办理\t\t\t0\t0\t0\t0\t0\t0\t2\n");
        assertEquals(2, value(r, "t3.carried_out.total"));
        assertEquals(6, r.sections().size());
    }
}

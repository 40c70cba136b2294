package nianbao.read;

import nianbao.model.CellIds;
import nianbao.model.FormatVersion;
import nianbao.model.Report;
import nianbao.model.SectionKey;
import nianbao.parse.ReportLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two real PDFs in ../shared/samples, read in place. Every expected value below was written down by reading the
 * rendered pages (pdftoppm), not taken from the reader's output. Where a printed value breaks the table's arithmetic
 * (洪泽区 table 四 prints totals of 0 beside 10 and 1 upheld), the value printed is expected.
 */
class PdfSamplesTest {
    static final Path SAMPLES = Path.of("../shared/samples");
    static final Path HUAIAN_2024 = SAMPLES.resolve("2024_淮安市人民政府.pdf");
    static final Path HONGZE_2023 = SAMPLES.resolve("2023_淮安市洪泽区人民政府.pdf");

    static Document read(Path pdf) throws ReadException {
        Assumptions.assumeTrue(Files.isRegularFile(pdf), "样例 PDF 不在 (sample PDF absent): " + pdf.toAbsolutePath()
                + " — skipped");
        Document d = Readers.read(pdf);
        assertEquals("pdf", d.sourceFormat());
        return d;
    }

    /** Table 三 rows as printed: label fragments, then 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计. */
    static final List<Object[]> HUAIAN_2024_T3 = List.of(
            row("一、本年新收政府信息公开申请数量", 3001, 53, 0, 0, 61, 4, 3119),
            row("二、上年结转政府信息公开申请数量", 34, 0, 0, 0, 0, 0, 34),
            row("（一）予以公开", 1288, 21, 0, 0, 50, 3, 1362),
            row("（二）部分公开", 447, 7, 0, 0, 0, 0, 454),
            row("1.属于国家秘密", 2, 0, 0, 0, 0, 0, 2),
            row("2.其他法律行政法规禁止公开", 30, 1, 0, 0, 0, 0, 31),
            row("3.危及“三安全一稳定”", 5, 0, 0, 0, 0, 0, 5),
            row("4.保护第三方合法权益", 6, 0, 0, 0, 0, 0, 6),
            row("5.属于三类内部事务信息", 7, 1, 0, 0, 0, 0, 8),
            row("6.属于四类过程性信息", 12, 0, 0, 0, 0, 0, 12),
            row("7.属于行政执法案卷", 9, 0, 0, 0, 0, 0, 9),
            row("8.属于行政查询事项", 105, 0, 0, 0, 0, 0, 105),
            row("1.本机关不掌握相关政府信息", 746, 12, 0, 0, 10, 1, 769),
            row("2.没有现成信息需要另行制作", 11, 0, 0, 0, 0, 0, 11),
            row("3.补正后申请内容仍不明确", 1, 0, 0, 0, 0, 0, 1),
            row("1.信访举报投诉类申请", 56, 6, 0, 0, 0, 0, 62),
            row("2.重复申请", 25, 0, 0, 0, 0, 0, 25),
            row("3.要求提供公开出版物", 0, 0, 0, 0, 0, 0, 0),
            row("4.无正当理由大量反复申请", 0, 0, 0, 0, 0, 0, 0),
            row("5.要求行政机关确认或重新出具已获取信息", 1, 0, 0, 0, 0, 0, 1),
            row("1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 67, 3, 0, 0, 1, 0, 71),
            row("2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 6, 0, 0, 0, 0, 0, 6),
            row("3、其他", 108, 2, 0, 0, 0, 0, 110),
            row("（七）总计", 2932, 53, 0, 0, 61, 4, 3050),
            row("四、结转下年度继续办理", 103, 0, 0, 0, 0, 0, 103));

    /** 洪泽区 2023 prints a 2021-style table with one （六）其他处理 row, and the typo 其他法律行政止公开. */
    static final List<Object[]> HONGZE_2023_T3 = List.of(
            row("一、本年新收政府信息公开申请数量", 21, 0, 0, 0, 0, 0, 21),
            row("二、上年结转政府信息公开申请数量", 0, 0, 0, 0, 0, 0, 0),
            row("（一）予以公开", 0, 0, 0, 0, 0, 0, 0),
            row("（二）部分公开", 4, 0, 0, 0, 0, 0, 4),
            row("1.属于国家秘密", 1, 0, 0, 0, 0, 0, 1),
            row("2.其他法律行政止公开", 0, 0, 0, 0, 0, 0, 0),
            row("3.危及“三安全一稳定”", 0, 0, 0, 0, 0, 0, 0),
            row("4.保护第三方合法权益", 0, 0, 0, 0, 0, 0, 0),
            row("5.属于三类内部事务信息", 0, 0, 0, 0, 0, 0, 0),
            row("6.属于四类过程性信息", 1, 0, 0, 0, 0, 0, 1),
            row("7.属于行政执法案卷", 1, 0, 0, 0, 0, 0, 1),
            row("8.属于行政查询事项", 0, 0, 0, 0, 0, 0, 0),
            row("1.本机关不掌握相关政府信息", 10, 0, 0, 0, 0, 0, 10),
            row("2.没有现成信息需要另行制作", 3, 0, 0, 0, 0, 0, 3),
            row("3.补正后申请内容仍不明确", 0, 0, 0, 0, 0, 0, 0),
            row("1.信访举报投诉类申请", 1, 0, 0, 0, 0, 0, 1),
            row("2.重复申请", 0, 0, 0, 0, 0, 0, 0),
            row("3.要求提供公开出版物", 0, 0, 0, 0, 0, 0, 0),
            row("4.无正当理由大量反复申请", 0, 0, 0, 0, 0, 0, 0),
            row("5.要求行政机关确认或重新出具已获取信息", 0, 0, 0, 0, 0, 0, 0),
            row("（六）其他处理", 0, 0, 0, 0, 0, 0, 0),
            row("（七）总计", 21, 0, 0, 0, 0, 0, 21),
            row("四、结转下年度继续办理", 0, 0, 0, 0, 0, 0, 0));

    static Object[] row(String label, Object... values) {
        Object[] r = new Object[values.length + 1];
        r[0] = label;
        System.arraycopy(values, 0, r, 1, values.length);
        return r;
    }

    /** The printed cells of one report: table 二 in CellIds order, table 三 rows, table 四's 15 values. */
    static Map<String, BigDecimal> expected(List<String> t2, List<String> t3Rows, List<Object[]> t3, List<Integer> t4) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        List<String> t2Ids = CellIds.t2Cells(FormatVersion.V2021);
        for (int i = 0; i < t2Ids.size(); i++) m.put(t2Ids.get(i), new BigDecimal(t2.get(i)));
        for (int r = 0; r < t3Rows.size(); r++) {
            for (int c = 0; c < 7; c++) {
                m.put(CellIds.t3(t3Rows.get(r), CellIds.T3_COLUMNS.get(c)), new BigDecimal(String.valueOf(t3.get(r)[c + 1])));
            }
        }
        List<String> t4Ids = CellIds.t4Cells();
        for (int i = 0; i < 15; i++) m.put(t4Ids.get(i), BigDecimal.valueOf(t4.get(i)));
        return m;
    }

    /** Every non-null cell the parser found, against every printed value. */
    static void assertCells(Path pdf, Map<String, BigDecimal> want) throws ReadException {
        read(pdf);
        Report r = ReportLoader.load(pdf);
        Map<String, BigDecimal> got = new LinkedHashMap<>();
        r.cells().asMap().forEach((k, v) -> { if (v != null) got.put(k, v.stripTrailingZeros()); });
        Map<String, BigDecimal> w = new LinkedHashMap<>();
        want.forEach((k, v) -> w.put(k, v.stripTrailingZeros()));
        for (String id : w.keySet()) assertEquals(w.get(id), got.get(id), pdf.getFileName() + " " + id);
        assertEquals(w.keySet(), got.keySet(), pdf.getFileName() + ": cells found beyond those printed");
        for (SectionKey k : SectionKey.values()) assertTrue(r.section(k).isPresent(), pdf.getFileName() + ": section " + k);
    }

    static List<String> t3Rows(FormatVersion v, boolean singleOther) {
        List<String> rows = new java.util.ArrayList<>(CellIds.t3Rows(v));
        if (singleOther) {
            int at = rows.indexOf("other_no_correction");
            rows.removeAll(CellIds.T3_OTHER_2021);
            rows.add(at, "other");
        }
        return rows;
    }

    @TempDir
    Path tmp;

    @Test
    void huaian2024Cells() throws Exception {
        assertHuaian2024(HUAIAN_2024);
    }

    @Test
    void hongze2023Cells() throws Exception {
        assertHongze2023(HONGZE_2023);
    }

    /** The same PDFs with every ruling line removed: the tables are rebuilt from text positions alone. */
    @Test
    void withoutRulingLines() throws Exception {
        read(HUAIAN_2024);
        assertHuaian2024(Unruled.copy(HUAIAN_2024, tmp));
        assertHongze2023(Unruled.copy(HONGZE_2023, tmp));
    }

    static void assertHuaian2024(Path pdf) throws Exception {
        // table 二 prints 行政许可, 行政处罚, 行政强制 and 收费 in a cell spanning the three value columns
        assertCells(pdf, expected(
                List.of("1", "0", "11", "8", "26", "66", "447228", "3985758", "88283", "96171.6"),
                t3Rows(FormatVersion.V2021, false), HUAIAN_2024_T3,
                List.of(72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20)));
    }

    static void assertHongze2023(Path pdf) throws Exception {
        // a 2021 report printing the 2019 single （六）其他处理 row: read as t3.other, as printed (the checker flags it);
        // table 四 prints totals of 0 beside 10 upheld and 1 corrected: read as printed
        assertCells(pdf, expected(
                List.of("0", "0", "0", "0", "5", "5", "550", "4119", "195", "7730.28"),
                t3Rows(FormatVersion.V2021, true), HONGZE_2023_T3,
                List.of(10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0)));
    }

    /** Table 四 as the reader gives it: one row of 15 numbers under the garbled header, nothing shifted. */
    @Test
    void table4IsOneRowOf15() throws Exception {
        assertEquals(List.of("72", "64", "178", "37", "351", "13", "4", "8", "1", "26", "12", "1", "1", "6", "20"),
                GridRows.values(GridRows.unlabelled(read(HUAIAN_2024), 15)));
        assertEquals(List.of("10", "1", "0", "0", "0", "0", "0", "0", "0", "0", "5", "0", "0", "0", "0"),
                GridRows.values(GridRows.unlabelled(read(HONGZE_2023), 15)));
    }

    /** A table 三 row whose label wraps onto two lines comes out as one row with its whole label. */
    @Test
    void wrappedLabelsAreOneRow() throws Exception {
        Document d = read(HONGZE_2023);
        assertTrue(GridRows.label(GridRows.find(d, "5.要求行政机关确认或重新出具已获取信息")).contains("（五）不予处理"));
        assertTrue(GridRows.label(GridRows.find(d, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"))
                .startsWith("三、本年度办理结果"));
        Document h = read(HUAIAN_2024);
        assertTrue(GridRows.label(GridRows.find(h, "2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"))
                .contains("（六）其他处理"));
    }

    static final Pattern PAGE_NUMBER = Pattern.compile("[-－]\\s*\\d+\\s*[-－]|第\\s*\\d+\\s*页");

    @Test
    void narrativeIsWholeSentencesWithoutPageNumbers() throws Exception {
        for (Path pdf : List.of(HUAIAN_2024, HONGZE_2023)) {
            Document d = read(pdf);
            List<String> text = d.lines().stream().filter(l -> !l.grid()).map(Line::text).toList();
            for (String heading : List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                    "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项")) {
                assertTrue(text.contains(heading), pdf + ": heading " + heading);
            }
            for (String t : text) {
                assertFalse(PAGE_NUMBER.matcher(t).find(), pdf + ": page number left in " + t);
                // a line broken mid-sentence ends without closing punctuation; headings and titles are short
                boolean closed = t.matches(".*[。；！？：）)”]$");
                assertTrue(closed || t.length() <= 30, pdf + ": line ends mid-sentence: " + t);
            }
        }
        // the parser's narrative sections: the same, paragraph by paragraph
        for (Path pdf : List.of(HUAIAN_2024, HONGZE_2023)) {
            Report r = ReportLoader.load(pdf);
            for (SectionKey k : SectionKey.values()) {
                if (!k.isNarrative()) continue;
                String body = r.sectionText(k);
                assertFalse(body.isBlank(), pdf + ": " + k + " empty");
                for (String t : body.split("\n")) {
                    if (t.isBlank()) continue;
                    assertFalse(PAGE_NUMBER.matcher(t).find(), pdf + ": page number left in " + k + ": " + t);
                    assertTrue(t.matches(".*[。；！？：）)”]$") || t.length() <= 30, pdf + ": " + k + " broken: " + t);
                }
            }
        }
        Document h = read(HUAIAN_2024);
        // a sentence wrapped across the page break after page 1 (-1-) is whole again
        assertTrue(h.text().contains("“春节前后服务企业用工和促进返乡人员就业创业专项活动”“建设‘四最’一流营商环境高质量推进产业发展”"));
        Document z = read(HONGZE_2023);
        assertTrue(z.text().contains("严格执行“分级审核、先审后发”程序，落实“三审三校”制度"));
    }
}

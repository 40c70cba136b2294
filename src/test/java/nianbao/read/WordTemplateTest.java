package nianbao.read;

import nianbao.model.CellIds;
import nianbao.model.FormatVersion;
import nianbao.model.Report;
import nianbao.parse.ReportLoader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The State Council's own 2021 blank template (../shared/samples, read in place), a Word file made by Word with its
 * merged cells, filled in with a seed report's values by POI and read back: the seed's cells. This checks the DOCX
 * reader on real Word table markup rather than on markup written by our own fixtures.
 */
class WordTemplateTest {
    static final Path TEMPLATE = Path.of("../shared/samples/format-2021_blank-template.docx");

    @TempDir
    Path dir;

    @Test
    void filledTemplateParsesToTheSeedsCells() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(TEMPLATE), "模板不在 (template absent): " + TEMPLATE + " — skipped");
        Report seed = ReportLoader.load(Path.of("corpus/2021_潮鸣街道办事处.txt"));
        assertEquals(FormatVersion.V2021, seed.format());
        Path filled = dir.resolve("2021_潮鸣街道办事处.docx");
        try (InputStream in = Files.newInputStream(TEMPLATE); XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFTable> tables = doc.getTables();
            fill(tables.get(0), seed, "规章", "t2.rules.issued", "t2.rules.repealed", "t2.rules.in_force");
            fill(tables.get(0), seed, "行政规范性文件", "t2.normative.issued", "t2.normative.repealed", "t2.normative.in_force");
            fill(tables.get(0), seed, "行政许可", "t2.licensing.decisions");
            fill(tables.get(0), seed, "行政处罚", "t2.penalty.decisions");
            fill(tables.get(0), seed, "行政强制", "t2.coercion.decisions");
            fill(tables.get(0), seed, "行政事业性收费", "t2.fees.amount");
            String[] labels = {"本年新收", "上年结转", "予以公开", "部分公开", "国家秘密", "禁止公开", "三安全一稳定", "第三方",
                    "内部事务", "过程性", "执法案卷", "行政查询", "不掌握", "另行制作", "仍不明确", "信访", "重复申请", "出版物",
                    "大量反复", "重新出具", "逾期不补正", "收费通知", "3.其他", "（七）总计", "结转下年度"};
            List<String> rows = CellIds.t3Rows(FormatVersion.V2021);
            for (int i = 0; i < labels.length; i++) {
                String row = rows.get(i);
                fill(tables.get(1), seed, labels[i], CellIds.T3_COLUMNS.stream().map(c -> CellIds.t3(row, c)).toArray(String[]::new));
            }
            XWPFTableRow last = tables.get(2).getRow(tables.get(2).getNumberOfRows() - 1);
            List<String> t4 = CellIds.t4Cells();
            for (int i = 0; i < 15; i++) setText(last.getTableCells().get(i), value(seed, t4.get(i)));
            try (OutputStream out = Files.newOutputStream(filled)) {
                doc.write(out);
            }
        }
        Report got = ReportLoader.load(filled);
        assertEquals(seed.cells().complete(FormatVersion.V2021), got.cells().complete(FormatVersion.V2021));
    }

    /** Writes values into the last cells of the one row whose text contains the label. */
    private static void fill(XWPFTable table, Report seed, String label, String... ids) {
        List<XWPFTableRow> hits = new ArrayList<>();
        for (XWPFTableRow r : table.getRows()) {
            String text = r.getTableCells().stream().map(XWPFTableCell::getText).reduce("", String::concat);
            if (text.contains(label)) hits.add(r);
        }
        assertEquals(1, hits.size(), "template rows labelled " + label);
        List<XWPFTableCell> cells = hits.get(0).getTableCells();
        for (int i = 0; i < ids.length; i++) setText(cells.get(cells.size() - ids.length + i), value(seed, ids[i]));
    }

    private static String value(Report seed, String id) {
        BigDecimal v = seed.cells().get(id);
        return v == null ? "" : v.toPlainString();
    }

    private static void setText(XWPFTableCell cell, String text) {
        while (cell.getParagraphs().size() > 1) cell.removeParagraph(1);
        var p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        while (!p.getRuns().isEmpty()) p.removeRun(0);
        p.createRun().setText(text);
    }
}

package nianbao.read;

import nianbao.model.CellIds;
import nianbao.model.Cells;
import nianbao.model.FormatVersion;
import nianbao.model.Report;
import nianbao.model.Section;
import nianbao.model.SectionKey;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixtures: a parsed report rendered back as the agencies publish it, as a web page with the prescribed
 * tables in {@code rowspan}/{@code colspan} markup inside site chrome, and as a Word file with merged cells
 * ({@code gridSpan}, {@code vMerge}). Reading a fixture must give back the report's cells.
 */
final class ReportFixtures {
    private ReportFixtures() {}

    /** A cell of a rendered table with its spans. */
    record Span(String text, int rows, int cols) {}

    /** A paragraph (table null) or a table. */
    record Block(String text, List<List<Span>> table) {}

    static List<Block> blocks(Report r) {
        FormatVersion v = r.format() == null ? FormatVersion.V2021 : r.format();
        List<Block> out = new ArrayList<>();
        out.add(new Block(r.title(), null));
        for (SectionKey k : SectionKey.values()) {
            Section s = r.section(k).orElse(null);
            out.add(new Block(s == null || s.heading().isBlank() ? k.standardHeading() : s.heading(), null));
            if (k.isNarrative()) {
                if (s != null) for (String p : s.text().split("\n")) if (!p.isBlank()) out.add(new Block(p.strip(), null));
            } else if (k == SectionKey.ACTIVE) {
                out.add(new Block(null, table2(r.cells(), v)));
            } else if (k == SectionKey.APPLICATIONS) {
                out.add(new Block(null, table3(r.cells(), v)));
            } else {
                out.add(new Block(null, table4(r.cells())));
            }
        }
        return out;
    }

    private static Span c(String text) { return new Span(text, 1, 1); }

    private static Span c(String text, int rows, int cols) { return new Span(text, rows, cols); }

    private static String val(Cells cells, String id) {
        BigDecimal b = cells.get(id);
        return b == null ? "" : b.toPlainString();
    }

    private static List<Span> valueRow(Cells cells, String label, int labelCols, String... ids) {
        List<Span> row = new ArrayList<>();
        row.add(c(label, 1, labelCols));
        for (String id : ids) row.add(c(val(cells, id)));
        return row;
    }

    static List<List<Span>> table2(Cells cells, FormatVersion v) {
        List<List<Span>> t = new ArrayList<>();
        if (v == FormatVersion.V2021) {
            t.add(List.of(c("第二十条第（一）项", 1, 4)));
            t.add(List.of(c("信息内容"), c("本年制发件数"), c("本年废止件数"), c("现行有效件数")));
            t.add(valueRow(cells, "规章", 1, "t2.rules.issued", "t2.rules.repealed", "t2.rules.in_force"));
            t.add(valueRow(cells, "行政规范性文件", 1, "t2.normative.issued", "t2.normative.repealed", "t2.normative.in_force"));
            String[][] single = {{"第二十条第（五）项", "本年处理决定数量", "行政许可", "t2.licensing.decisions"},
                    {"第二十条第（六）项", "本年处理决定数量", "行政处罚", "t2.penalty.decisions"},
                    {null, null, "行政强制", "t2.coercion.decisions"},
                    {"第二十条第（八）项", "本年收费金额（单位：万元）", "行政事业性收费", "t2.fees.amount"}};
            for (String[] s : single) {
                if (s[0] != null) {
                    t.add(List.of(c(s[0], 1, 4)));
                    t.add(List.of(c("信息内容"), c(s[1], 1, 3)));
                }
                t.add(List.of(c(s[2]), c(val(cells, s[3]), 1, 3))); // a value spanning three columns
            }
            return t;
        }
        t.add(List.of(c("第二十条第（一）项", 1, 4)));
        t.add(List.of(c("信息内容"), c("本年新制作数量"), c("本年新公开数量"), c("对外公开总数量")));
        t.add(valueRow(cells, "规章", 1, "t2.rules.made", "t2.rules.published", "t2.rules.total_published"));
        t.add(valueRow(cells, "规范性文件", 1, "t2.normative.made", "t2.normative.published", "t2.normative.total_published"));
        t.add(List.of(c("第二十条第（五）项", 1, 4)));
        t.add(List.of(c("信息内容"), c("上一年项目数量"), c("本年增/减"), c("处理决定数量")));
        t.add(valueRow(cells, "行政许可", 1, "t2.licensing.prev_items", "t2.licensing.change", "t2.licensing.decisions"));
        t.add(valueRow(cells, "其他对外管理服务事项", 1,
                "t2.other_services.prev_items", "t2.other_services.change", "t2.other_services.decisions"));
        t.add(List.of(c("第二十条第（六）项", 1, 4)));
        t.add(List.of(c("信息内容"), c("上一年项目数量"), c("本年增/减"), c("处理决定数量")));
        t.add(valueRow(cells, "行政处罚", 1, "t2.penalty.prev_items", "t2.penalty.change", "t2.penalty.decisions"));
        t.add(valueRow(cells, "行政强制", 1, "t2.coercion.prev_items", "t2.coercion.change", "t2.coercion.decisions"));
        t.add(List.of(c("第二十条第（八）项", 1, 4)));
        t.add(List.of(c("信息内容"), c("上一年项目数量"), c("本年增/减", 1, 2)));
        t.add(List.of(c("行政事业性收费"), c(val(cells, "t2.fees.prev_items")), c(val(cells, "t2.fees.change"), 1, 2)));
        t.add(List.of(c("第二十条第（九）项", 1, 4)));
        t.add(List.of(c("信息内容"), c("采购项目数量"), c("采购总金额", 1, 2)));
        t.add(List.of(c("政府集中采购"), c(val(cells, "t2.procurement.items")), c(val(cells, "t2.procurement.amount"), 1, 2)));
        return t;
    }

    private static String[] t3(String row) {
        return CellIds.T3_COLUMNS.stream().map(col -> CellIds.t3(row, col)).toArray(String[]::new);
    }

    static List<List<Span>> table3(Cells cells, FormatVersion v) {
        List<List<Span>> t = new ArrayList<>();
        t.add(List.of(c("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), c("申请人情况", 1, 7)));
        t.add(List.of(c("自然人", 2, 1), c("法人或其他组织", 1, 5), c("总计", 2, 1)));
        t.add(List.of(c("商业企业"), c("科研机构"), c("社会公益组织"), c("法律服务机构"), c("其他")));
        t.add(valueRow(cells, "一、本年新收政府信息公开申请数量", 3, t3("new")));
        t.add(valueRow(cells, "二、上年结转政府信息公开申请数量", 3, t3("carried_in")));
        List<String> results = CellIds.t3ResultRows(v);
        String[][] items = {
                {"（三）不予公开", "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                        "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"},
                {"（四）无法提供", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"},
                {"（五）不予处理", "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                        "5.要求行政机关确认或重新出具已获取信息"},
                {"（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"}};
        List<Span> first = new ArrayList<>(List.of(c("三、本年度办理结果", results.size() + 1, 1)));
        first.addAll(valueRow(cells, "（一）予以公开", 2, t3("disclosed")));
        t.add(first);
        t.add(valueRow(cells, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 2, t3("partial")));
        int at = 2;
        for (String[] group : items) {
            if (v == FormatVersion.V2019 && group[0].startsWith("（六）")) {
                t.add(valueRow(cells, group[0], 2, t3("other")));
                continue;
            }
            for (int i = 1; i < group.length; i++) {
                List<Span> row = new ArrayList<>();
                if (i == 1) row.add(c(group[0], group.length - 1, 1));
                row.addAll(valueRow(cells, group[i], 1, t3(results.get(at++))));
                t.add(row);
            }
        }
        t.add(valueRow(cells, "（七）总计", 2, t3("result_total")));
        t.add(valueRow(cells, "四、结转下年度继续办理", 3, t3("carried_out")));
        return t;
    }

    static List<List<Span>> table4(Cells cells) {
        List<List<Span>> t = new ArrayList<>();
        t.add(List.of(c("行政复议", 1, 5), c("行政诉讼", 1, 10)));
        List<Span> second = new ArrayList<>();
        for (String h : List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")) second.add(c(h, 2, 1));
        second.add(c("未经复议直接起诉", 1, 5));
        second.add(c("复议后起诉", 1, 5));
        t.add(second);
        List<Span> third = new ArrayList<>();
        for (int k = 0; k < 2; k++) for (String h : List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")) third.add(c(h));
        t.add(third);
        List<Span> values = new ArrayList<>();
        for (String id : CellIds.t4Cells()) values.add(c(val(cells, id)));
        t.add(values);
        return t;
    }

    /** The report as a page of an agency's site: navigation, a sidebar, the article, a footer, scripts. */
    static byte[] html(Report r, Charset charset) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=")
                .append(charset.name().toLowerCase()).append("\">\n<title>").append(esc(r.title()))
                .append("_政府信息公开</title>\n<style>td{border:1px solid #000}</style>\n")
                .append("<script>var siteId = 3201000001; document.write('访问量 12345');</script></head>\n<body>\n")
                .append("<header><div class=\"logo\">人民政府门户网站</div><nav><a href=\"/\">首页</a> <a href=\"/zwgk\">政务公开</a>")
                .append(" <a href=\"/bsfw\">办事服务</a> <a href=\"/hdjl\">互动交流</a> 2024年3月1日 星期五</nav></header>\n")
                .append("<div class=\"main\"><div class=\"sidebar\"><table><tr><td>最新公开</td><td>2024-01-02</td></tr>")
                .append("<tr><td>关于2023年度财政预算的公告</td><td>12</td></tr></table></div>\n<div class=\"article\">\n");
        for (Block b : blocks(r)) {
            if (b.table() == null) {
                h.append("<p>").append(esc(b.text())).append("</p>\n");
                continue;
            }
            h.append("<table border=\"1\" cellspacing=\"0\"><tbody>\n");
            for (List<Span> row : b.table()) {
                h.append("<tr>");
                for (Span s : row) {
                    h.append("<td");
                    if (s.rows() > 1) h.append(" rowspan=\"").append(s.rows()).append('"');
                    if (s.cols() > 1) h.append(" colspan=\"").append(s.cols()).append('"');
                    h.append("><p>").append(esc(s.text())).append("</p></td>");
                }
                h.append("</tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("</div></div>\n<footer>主办：人民政府办公室 网站标识码 3201000001 苏ICP备05009235号 <a href=\"/sitemap\">网站地图</a>")
                .append("</footer>\n<script>stat(2024, 1, 2);</script>\n</body></html>\n");
        return h.toString().getBytes(charset);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The report as a Word file: paragraphs, and tables whose merged cells use gridSpan and vMerge. */
    static byte[] docx(Report r) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Block b : blocks(r)) {
                if (b.table() == null) doc.createParagraph().createRun().setText(b.text());
                else docxTable(doc, b.table());
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void docxTable(XWPFDocument doc, List<List<Span>> rows) {
        // lay the spans out on a grid first: which span starts where, and which positions it covers
        List<Span[]> owner = new ArrayList<>();
        List<boolean[]> isStart = new ArrayList<>();
        int width = 0;
        for (List<Span> row : rows) width = Math.max(width, row.stream().mapToInt(Span::cols).sum());
        for (int r = 0; r < rows.size() + 20; r++) {
            owner.add(new Span[width + 20]);
            isStart.add(new boolean[width + 20]);
        }
        for (int r = 0; r < rows.size(); r++) {
            int col = 0;
            for (Span s : rows.get(r)) {
                while (owner.get(r)[col] != null) col++;
                for (int dr = 0; dr < s.rows(); dr++) for (int dc = 0; dc < s.cols(); dc++) owner.get(r + dr)[col + dc] = s;
                isStart.get(r)[col] = true;
                col += s.cols();
            }
        }
        XWPFTable table = doc.createTable();
        table.removeRow(0);
        // column widths as Word writes them (tblGrid, and each cell's width over the columns it spans)
        int colWidth = 9000 / width;
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) grid.removeGridCol(0);
        for (int c = 0; c < width; c++) grid.addNewGridCol().setW(BigInteger.valueOf(colWidth));
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.insertNewTableRow(r);
            for (int col = 0; col < width; ) {
                Span s = owner.get(r)[col];
                if (s == null) {
                    var pr = row.addNewTableCell().getCTTc().addNewTcPr().addNewTcW();
                    pr.setW(BigInteger.valueOf(colWidth));
                    pr.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth.DXA);
                    col++;
                    continue;
                }
                boolean starts = isStart.get(r)[col];
                boolean continues = !starts && r > 0 && owner.get(r - 1)[col] == s;
                XWPFTableCell cell = row.addNewTableCell();
                CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                var w = pr.addNewTcW();
                w.setW(BigInteger.valueOf((long) colWidth * s.cols()));
                w.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth.DXA);
                if (s.cols() > 1) pr.addNewGridSpan().setVal(BigInteger.valueOf(s.cols()));
                if (s.rows() > 1) {
                    if (continues) pr.addNewVMerge(); // no val: continue the merge above
                    else pr.addNewVMerge().setVal(STMerge.RESTART);
                }
                if (!continues) cell.setText(s.text());
                col += s.cols();
            }
        }
    }
}

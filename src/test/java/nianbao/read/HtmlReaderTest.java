package nianbao.read;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReaderTest {
    static final String TABLE4 = "<table><tr><td colspan=5>行政复议</td><td colspan=10>行政诉讼</td></tr>"
            + "<tr><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td>"
            + "<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr></table>";

    static Document read(String html, Charset cs) throws ReadException {
        return new HtmlReader().read(java.nio.file.Path.of("page.html"), html.getBytes(cs));
    }

    @Test
    void gbkPageWithoutDeclarationIsDecodedFromItsBytes() throws Exception {
        Document d = read("<html><body><p>四、政府信息公开行政复议、行政诉讼情况</p>" + TABLE4 + "</body></html>", Charset.forName("GBK"));
        assertEquals("GB18030", d.encoding());
        assertTrue(d.lines().contains(Line.text("四、政府信息公开行政复议、行政诉讼情况")));
    }

    @Test
    void wrongDeclarationLosesToTheBytes() throws Exception {
        // saved as UTF-8 by a browser, still declaring gb2312: the bytes do not decode as GBK cleanly
        Document d = read("<html><head><meta charset=\"gb2312\"></head><body><p>四、政府信息公开行政复议、行政诉讼情况</p>"
                + TABLE4 + "</body></html>", StandardCharsets.UTF_8);
        assertEquals("UTF-8", d.encoding());
        assertTrue(d.text().contains("行政诉讼情况"));
    }

    @Test
    void layoutTablesAreWalkedAndTheArticleIsChosen() throws Exception {
        String page = "<html><body><table><tr><td><div class=nav>首页 | 信息公开 | 2024-05-06 访问 1234</div></td></tr>"
                + "<tr><td><div class=article><h2>四、政府信息公开行政复议、行政诉讼情况</h2>" + TABLE4 + "</div></td>"
                + "<td><table><tr><td>热点</td><td>2024</td></tr></table></td></tr></table>"
                + "<div class=footer>版权所有 2024 网站标识码 3201</div></body></html>";
        Document d = read(page, StandardCharsets.UTF_8);
        String text = d.text();
        assertFalse(text.contains("首页") || text.contains("热点") || text.contains("网站标识码"), text);
        List<Line> grid = d.lines().stream().filter(Line::grid).toList();
        assertEquals(2, grid.size());
        assertEquals("1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0", grid.get(1).text());
    }

    @Test
    void aDashSpanningColumnsIsBlankValuesNotALabel() throws Exception {
        // readers and parser share one cell classifier: "——" is a placeholder for both
        String page = "<html><body><p>二、主动公开政府信息情况</p><table>"
                + "<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>"
                + "<tr><td>规章</td><td colspan=3>——</td></tr><tr><td>行政规范性文件</td><td>1</td><td>0</td><td>7</td></tr>"
                + "</table></body></html>";
        Document d = read(page, StandardCharsets.UTF_8);
        assertTrue(d.lines().contains(Line.gridRow(java.util.List.of("规章", "——", "", ""))), d.lines().toString());
    }

    @Test
    void rowspanAndColspanMakeAFullGrid() throws Exception {
        String page = "<html><body><p>三、收到和处理政府信息公开申请情况</p><table>"
                + "<tr><td rowspan=2>三、本年度办理结果</td><td colspan=2>（一）予以公开</td><td>3</td><td>4</td></tr>"
                + "<tr><td rowspan=1>（三）不予公开</td><td>1.属于国家秘密</td><td colspan=2>7</td></tr>"
                + "</table><p>四、结转</p></body></html>";
        Document d = read(page, StandardCharsets.UTF_8);
        List<String> lines = d.lines().stream().map(Line::text).toList();
        assertEquals(List.of("三、收到和处理政府信息公开申请情况",
                "三、本年度办理结果\t（一）予以公开\t（一）予以公开\t3\t4",
                "三、本年度办理结果\t（三）不予公开\t1.属于国家秘密\t7\t",
                "四、结转"), lines);
    }

    @Test
    void cellTextKeepsNoSpacesBetweenChineseCharacters() throws Exception {
        String page = "<html><body><table><tr><td>（二）部分公开（区分处理的，只计这一情<br>形，不计其他情形）</td>"
                + "<td>&nbsp;１２&nbsp;</td><td>行政复议</td></tr></table></body></html>";
        Line row = read(page, StandardCharsets.UTF_8).lines().stream().filter(Line::grid).findFirst().orElseThrow();
        assertEquals(List.of("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "１２", "行政复议"), row.cells());
    }

    /** Word's "save as web page": Office namespaces, nbsp-only cells and a row of empty sizing cells. */
    @Test
    void wordSavedWebPage() throws Exception {
        String page = "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>"
                + "<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\"></head><body lang=ZH-CN>"
                + "<div class=WordSection1><p class=MsoNormal><span>四、政府信息公开行政复议、行政诉讼情况<o:p></o:p></span></p>"
                + "<table class=MsoNormalTable><tr><td colspan=2><p class=MsoNormal><span>行政复议</span></p></td></tr>"
                + "<tr><td><p><span lang=EN-US>3<o:p></o:p></span></p></td><td><p><span lang=EN-US>&nbsp;<o:p></o:p></span></p></td></tr>"
                + "<![if !supportMisalignedColumns]><tr height=0><td width=80 style='border:none'></td>"
                + "<td width=80 style='border:none'></td></tr><![endif]></table></div></body></html>";
        Document d = read(page, Charset.forName("GBK"));
        assertEquals("gb2312 (meta)", d.encoding());
        List<String> lines = d.lines().stream().map(Line::text).toList();
        assertEquals(List.of("四、政府信息公开行政复议、行政诉讼情况", "行政复议\t行政复议", "3\t"), lines);
    }

    /** With the headings drawn as images, the block around the one table is read, not the table alone. */
    @Test
    void narrativeAroundALoneTableIsKept() throws Exception {
        String page = "<html><body><div class=nav><a href=/>首页</a></div><div class=article>"
                + "<p><img src=h1.png></p><p>2024年，本机关主动公开政府信息120条。</p>" + TABLE4 + "</div></body></html>";
        Document d = read(page, StandardCharsets.UTF_8);
        assertTrue(d.lines().contains(Line.text("2024年，本机关主动公开政府信息120条。")), d.text());
        assertFalse(d.text().contains("首页"));
    }
}

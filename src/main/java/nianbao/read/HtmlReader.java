package nianbao.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web pages saved from an agency's site. Only the element that holds the report (the nearest common ancestor of its
 * section headings and tables) is read, so the site's navigation and footer stay out; tables are read from the
 * {@code <table>} markup, because the page's plain text runs the cells together.
 */
public final class HtmlReader implements ReportReader {
    /** {@code <meta charset>}, {@code <meta http-equiv content="...; charset=">}, or an XHTML prolog's encoding. */
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)|<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)",
            Pattern.CASE_INSENSITIVE);
    /** Headings of the report's sections, as they open an element's own text. */
    private static final Pattern SECTION_HEADING = Pattern.compile(
            "^\\s*([一二三四五六]|[1-6])\\s*[、.．]\\s*(总体情况|.{0,6}主动公开|收到和处理|.{0,12}行政复议|存在|当前存在|其他).*");
    /** Words found in the report's own tables and hardly in layout tables. */
    private static final Pattern REPORT_TABLE_WORDS =
            Pattern.compile("第二十条|信息内容|自然人|本年新收|予以公开|不予公开|行政复议|行政诉讼");
    private static final Set<String> CHROME = Set.of("nav", "header", "footer", "aside", "form", "menu");
    private static final Set<String> DROP = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "svg", "canvas", "select", "button", "input", "textarea");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "tr", "td", "th", "table", "tbody", "thead", "tfoot", "caption", "section", "article",
            "main", "blockquote", "pre", "center", "address", "figure", "figcaption", "hr", "body", "header",
            "footer", "nav", "aside", "form");

    @Override
    public String format() { return "html"; }

    @Override
    public boolean accepts(Path file, byte[] head) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".shtml") || n.endsWith(".xhtml")) return true;
        String start = new String(head, 0, Math.min(head.length, 1024), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT).replace("\u00ef\u00bb\u00bf", "").stripLeading();
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<table")
                || (start.startsWith("<") && start.contains("<html"));
    }

    @Override
    public Document read(Path file, byte[] bytes) throws ReadException {
        if (bytes.length == 0) throw new ReadException("文件为空 (empty file)");
        EncodingDetector.Decoded decoded = decode(bytes);
        org.jsoup.nodes.Document page = Jsoup.parse(decoded.text());
        page.select(String.join(",", DROP)).remove();

        List<Element> tables = reportTables(page);
        if (tables.isEmpty()) {
            throw new ReadException("网页中没有年报表格（表格可能是图片）(HTML page without the report tables)");
        }
        List<Element> anchors = new ArrayList<>(tables);
        anchors.addAll(page.getElementsMatchingOwnText(SECTION_HEADING));
        Element content = commonAncestor(anchors);
        // one table and no heading in text (headings drawn as images): read the block around the table
        while (isTablePart(content) && content.parent() != null) content = content.parent();
        for (Element e : content.select(String.join(",", CHROME))) {
            if (e.parent() != null && !containsAny(e, anchors)) e.remove();
        }
        List<Line> lines = new ArrayList<>();
        StringBuilder buf = new StringBuilder();
        String title = page.title();
        walk(content, lines, buf);
        flush(lines, buf);
        if (!title.isBlank() && lines.stream().noneMatch(l -> l.text().contains("年度报告"))) {
            lines.add(0, Line.text(CellText.normalize(title))); // the report's title sits outside the content block
        }
        return new Document(file.toString(), format(), decoded.encoding(), lines);
    }

    /**
     * From the BOM; else the page's own {@code <meta charset>} when the bytes agree with it (a page declaring GBK
     * whose bytes are valid UTF-8 was re-saved as UTF-8); else from the bytes.
     */
    static EncodingDetector.Decoded decode(byte[] bytes) throws ReadException {
        try {
            if (EncodingDetector.hasBom(bytes)) return EncodingDetector.decode(bytes); // a BOM decides
            String head = new String(bytes, 0, Math.min(bytes.length, 16384), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) {
                String declared = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
                Charset cs = charset(declared);
                if (cs != null && !cs.equals(StandardCharsets.UTF_8) && hasNonAscii(bytes)) {
                    // non-ASCII text that is valid UTF-8 is hardly ever GBK: a page re-saved as UTF-8
                    String utf8 = EncodingDetector.tryDecode(bytes, StandardCharsets.UTF_8);
                    if (utf8 != null) return new EncodingDetector.Decoded(utf8, "UTF-8");
                }
                // a declaration the bytes contradict is the old one of a page re-saved by another tool
                String text = cs == null ? null : EncodingDetector.tryDecode(bytes, cs);
                if (text != null) return new EncodingDetector.Decoded(text, declared + " (meta)");
            }
            return EncodingDetector.decode(bytes);
        } catch (CharacterCodingException e) {
            throw new ReadException("无法识别网页编码 (unknown page encoding)", e);
        }
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) if (b < 0) return true;
        return false;
    }

    private static Charset charset(String name) {
        if (name.startsWith("gb") || name.equals("cp936")) return Charset.forName("GB18030"); // GBK and GB2312 are subsets
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static List<Element> reportTables(Element page) {
        List<Element> out = new ArrayList<>();
        for (Element t : page.select("table")) {
            if (t.getElementsByTag("table").size() > 1) continue; // a layout table holding other tables
            if (REPORT_TABLE_WORDS.matcher(t.text()).find()) out.add(t);
        }
        return out;
    }

    private static boolean isTablePart(Element e) {
        return Set.of("table", "tbody", "thead", "tfoot", "tr", "td", "th").contains(e.normalName());
    }

    private static boolean containsAny(Element e, List<Element> anchors) {
        for (Element a : anchors) if (a == e || a.parents().contains(e)) return true;
        return false;
    }

    private static Element commonAncestor(List<Element> elements) {
        Element common = elements.get(0);
        for (Element e : elements) {
            while (common != e && !e.parents().contains(common)) {
                if (common.parent() == null) return common;
                common = common.parent();
            }
        }
        return common;
    }

    /** Reads a node and what it holds in document order: blocks end lines, report tables become grid rows. */
    private void walk(Node node, List<Line> lines, StringBuilder buf) {
        if (node instanceof TextNode t) {
            buf.append(t.getWholeText());
            return;
        }
        if (!(node instanceof Element e)) return;
        String tag = e.normalName();
        if (tag.equals("br")) {
            flush(lines, buf);
        } else if (tag.equals("table") && e.getElementsByTag("table").size() == 1) {
            flush(lines, buf);
            for (Element cap : e.select("> caption")) lines.add(Line.text(CellText.normalize(cap.text())));
            lines.addAll(grid(e).lines());
        } else if (BLOCKS.contains(tag)) {
            flush(lines, buf);
            for (Node child : e.childNodes()) walk(child, lines, buf);
            flush(lines, buf);
        } else {
            for (Node child : e.childNodes()) walk(child, lines, buf);
        }
    }

    private static void flush(List<Line> lines, StringBuilder buf) {
        String t = CellText.normalize(TextCleaner.clean(buf.toString()));
        if (!t.isEmpty()) lines.add(Line.text(t));
        buf.setLength(0);
    }

    private static TableGrid grid(Element table) {
        TableGrid grid = new TableGrid();
        for (Element tr : table.select("> tr, > thead > tr, > tbody > tr, > tfoot > tr")) {
            List<TableGrid.Cell> cells = new ArrayList<>();
            for (Element td : tr.children()) {
                if (!td.normalName().equals("td") && !td.normalName().equals("th")) continue;
                cells.add(new TableGrid.Cell(CellText.normalize(td.text()), span(td.attr("rowspan")), span(td.attr("colspan"))));
            }
            grid.addRow(cells);
        }
        return grid;
    }

    private static int span(String attr) {
        try {
            int n = Integer.parseInt(attr.strip());
            return Math.min(Math.max(n, 1), 200); // a page claiming rowspan=10000 gets no huge grid
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}

package nianbao.read.pdf;

import nianbao.read.Document;
import nianbao.read.ReadException;
import nianbao.read.ReportReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PDFs, read from the positions of their characters and ruling lines: ruled tables become grid rows (see
 * {@link Lattice}), page numbers and running headers go, and narrative lines wrapped mid-sentence are joined again.
 */
public final class PdfReader implements ReportReader {
    @Override
    public String format() { return "pdf"; }

    @Override
    public boolean accepts(Path file, byte[] head) {
        int n = Math.min(head.length, 1024);
        for (int i = 0; i + 4 < n; i++) {
            if (head[i] == '%' && head[i + 1] == 'P' && head[i + 2] == 'D' && head[i + 3] == 'F') return true;
        }
        return false;
    }

    @Override
    public Document read(Path file, byte[] bytes) throws ReadException {
        List<PageContent> pages;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.getNumberOfPages() == 0) throw new ReadException("PDF 文件已损坏，没有页面 (corrupt PDF: no pages)");
            pages = PageCollector.collect(doc);
        } catch (InvalidPasswordException e) {
            throw new ReadException("PDF 已加密，需要密码才能打开 (encrypted PDF, password required)", e);
        } catch (IOException | RuntimeException e) {
            throw new ReadException("PDF 文件已损坏，无法解析 (corrupt PDF)", e);
        }
        checkTextLayer(pages);
        return new Document(file.toString(), format(), null, lines(pages));
    }

    private static void checkTextLayer(List<PageContent> pages) throws ReadException {
        int total = 0, unmapped = 0;
        for (PageContent p : pages) {
            for (Glyph g : p.glyphs()) {
                total++;
                char c = g.text().charAt(0);
                if (c == '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF')) unmapped++;
            }
        }
        // a scanner app may stamp a line of text on each page ("扫描全能王 创建"); a page of a report has hundreds
        if (total < 20 || total < 40 * pages.size()) throw new ReadException("扫描件，没有文字层，无法读取（不支持 OCR）(scanned PDF without a text layer)");
        if (unmapped > total / 3) {
            throw new ReadException("PDF 字体缺少字符映射，文字无法提取 (PDF text cannot be extracted: fonts without Unicode map)");
        }
    }

    private static double top(Object block) {
        if (block instanceof VisualLine l) return l.base;
        if (block instanceof Lattice.Table t) return t.top();
        return ((LooseTables.Table) block).top();
    }

    static List<nianbao.read.Line> lines(List<PageContent> pages) {
        Map<Integer, List<Lattice.Table>> tables = new HashMap<>();
        Map<Integer, List<VisualLine>> text = new HashMap<>();
        for (PageContent p : pages) {
            List<Lattice.Table> ts = Lattice.tables(p);
            List<Glyph> free = new ArrayList<>();
            for (Glyph g : p.glyphs()) {
                if (!g.upright()) continue; // rotated text outside tables is a watermark or a stamp
                if (ts.stream().noneMatch(t -> t.contains(g.centerX(), g.centerY()))) free.add(g);
            }
            tables.put(p.number(), ts);
            text.put(p.number(), VisualLine.of(free));
        }
        PageFurniture furniture = new PageFurniture(pages, text);
        Paragraphs paragraphs = new Paragraphs();
        for (PageContent p : pages) {
            List<VisualLine> body = new ArrayList<>();
            for (VisualLine l : text.get(p.number())) if (!furniture.isFurniture(p, l)) body.add(l);
            paragraphs.margins(p.number(), body);
            LooseTables.Result loose = LooseTables.extract(body);
            // text and tables in reading order, top to bottom
            List<Object> blocks = new ArrayList<>(loose.text());
            blocks.addAll(tables.get(p.number()));
            blocks.addAll(loose.tables());
            blocks.sort(Comparator.comparingDouble(PdfReader::top));
            for (Object b : blocks) {
                if (b instanceof VisualLine l) paragraphs.line(p.number(), l);
                else if (b instanceof Lattice.Table t) paragraphs.table(t.rows());
                else paragraphs.table(((LooseTables.Table) b).rows());
            }
        }
        return paragraphs.lines();
    }
}

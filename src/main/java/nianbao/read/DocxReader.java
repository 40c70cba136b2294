package nianbao.read;

import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Word 2007+ files: paragraphs as text lines, tables with merged cells ({@code gridSpan}, {@code vMerge}) as grids. */
public final class DocxReader implements ReportReader {
    @Override
    public String format() { return "docx"; }

    @Override
    public boolean accepts(Path file, byte[] head) {
        if (head.length < 4 || head[0] != 'P' || head[1] != 'K') return false;
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) return true;
        return hasWordPart(head);
    }

    /** A zip is a Word file when it holds word/document.xml; other zips (xlsx, archives) are not ours. */
    private static boolean hasWordPart(byte[] bytes) {
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                if (e.getName().equals("word/document.xml")) return true;
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }

    @Override
    public Document read(Path file, byte[] bytes) throws ReadException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<Line> lines = new ArrayList<>();
            for (IBodyElement el : doc.getBodyElements()) {
                if (el instanceof XWPFParagraph p) addText(lines, p.getText());
                else if (el instanceof XWPFTable t) lines.addAll(grid(t).lines());
                else if (el instanceof XWPFSDT sdt) addText(lines, sdt.getContent().getText());
            }
            if (lines.isEmpty()) throw new ReadException("Word 文件没有文字内容 (no text in DOCX)");
            return new Document(file.toString(), format(), null, lines);
        } catch (NotOfficeXmlFileException e) {
            throw new ReadException("DOCX 文件已损坏或不是 Word 文件 (corrupt DOCX)", e);
        } catch (IOException | RuntimeException e) {
            // POI reports a broken zip or XML as IOException or as various runtime exceptions
            throw new ReadException("DOCX 文件已损坏，无法打开 (corrupt DOCX)", e);
        }
    }

    static void addText(List<Line> lines, String text) {
        for (String l : text.split("[\\r\\n\\u000B]+")) {
            String t = CellText.normalize(TextCleaner.clean(l));
            if (!t.isEmpty()) lines.add(Line.text(t));
        }
    }

    /** A vertically merged cell continues the one above unless it says {@code restart}. */
    private static TableGrid grid(XWPFTable table) {
        List<XWPFTableRow> rows = table.getRows();
        // grid column of every cell, and the vMerge state, so that each restart cell learns how many rows it spans
        List<List<int[]>> layout = new ArrayList<>(); // {gridCol, colSpan, merge: 0 none, 1 restart, 2 continue}
        for (XWPFTableRow row : rows) {
            List<int[]> cells = new ArrayList<>();
            int col = gridBefore(row);
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.getGridSpan() != null ? pr.getGridSpan().getVal().intValue() : 1;
                int merge = 0;
                if (pr != null && pr.getVMerge() != null) {
                    merge = pr.getVMerge().getVal() == STMerge.RESTART ? 1 : 2;
                }
                cells.add(new int[] {col, Math.max(1, span), merge});
                col += Math.max(1, span);
            }
            layout.add(cells);
        }
        TableGrid grid = new TableGrid();
        for (int r = 0; r < rows.size(); r++) {
            List<TableGrid.Cell> out = new ArrayList<>();
            List<XWPFTableCell> cells = rows.get(r).getTableCells();
            int before = gridBefore(rows.get(r));
            if (before > 0) out.add(new TableGrid.Cell("", 1, before));
            for (int i = 0; i < cells.size(); i++) {
                int[] c = layout.get(r).get(i);
                if (c[2] == 2) {
                    // covered by the restart cell above; an orphan continue (no restart) is kept as an ordinary cell
                    if (hasRestartAbove(layout, r, c[0])) continue;
                }
                int rowSpan = 1;
                if (c[2] == 1) {
                    while (r + rowSpan < rows.size() && continues(layout.get(r + rowSpan), c[0])) rowSpan++;
                }
                out.add(new TableGrid.Cell(cellText(cells.get(i)), rowSpan, c[1]));
            }
            grid.addRow(out);
        }
        return grid;
    }

    private static int gridBefore(XWPFTableRow row) {
        var trPr = row.getCtRow().getTrPr();
        if (trPr == null || trPr.sizeOfGridBeforeArray() == 0) return 0;
        return trPr.getGridBeforeArray(0).getVal().intValue();
    }

    private static boolean continues(List<int[]> row, int col) {
        for (int[] c : row) if (c[0] == col) return c[2] == 2;
        return false;
    }

    private static boolean hasRestartAbove(List<List<int[]>> layout, int r, int col) {
        for (int k = r - 1; k >= 0; k--) {
            int[] found = null;
            for (int[] c : layout.get(k)) if (c[0] == col) found = c;
            if (found == null) return false;
            if (found[2] == 1) return true;
            if (found[2] != 2) return false;
        }
        return false;
    }

    private static String cellText(XWPFTableCell cell) {
        StringBuilder sb = new StringBuilder();
        for (XWPFParagraph p : cell.getParagraphs()) sb.append(p.getText()).append(' ');
        for (XWPFTable nested : cell.getTables()) sb.append(nested.getText()).append(' ');
        return CellText.normalize(TextCleaner.clean(sb.toString()));
    }
}

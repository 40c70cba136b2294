package nianbao.read;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * OLE2 compound files: legacy Word 97–2003 documents, read with POI's HWPF where it can; and password-protected
 * Word 2007+ files, which are OLE2 containers around an encrypted package and are reported as such.
 */
public final class DocReader implements ReportReader {
    /** Twips (1/1440 inch) within which two cell edges count as the same column border. */
    private static final int EDGE_TOLERANCE = 30;

    @Override
    public String format() { return "doc"; }

    @Override
    public boolean accepts(Path file, byte[] head) {
        return head.length >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF
                && (head[2] & 0xff) == 0x11 && (head[3] & 0xff) == 0xE0;
    }

    @Override
    public Document read(Path file, byte[] bytes) throws ReadException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                throw new ReadException("Word 文件受密码保护，无法读取 (password-protected DOCX)");
            }
            if (!fs.getRoot().hasEntry("WordDocument")) {
                throw new ReadException("不是 Word 文档（可能是 Excel 或其他 Office 文件）(OLE file that is not a Word document)");
            }
            try (HWPFDocument doc = new HWPFDocument(fs.getRoot())) {
                List<Line> lines = lines(doc.getRange());
                if (lines.isEmpty()) throw new ReadException("Word 文件没有文字内容 (no text in DOC)");
                return new Document(file.toString(), format(), null, lines);
            }
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new ReadException("Word 文件受密码保护，无法读取 (password-protected DOC)", e);
        } catch (IOException | RuntimeException e) {
            throw new ReadException("DOC 文件已损坏或格式过旧，无法读取 (corrupt or unsupported DOC)", e);
        }
    }

    private static List<Line> lines(Range range) {
        List<Line> lines = new ArrayList<>();
        int n = range.numParagraphs();
        for (int i = 0; i < n; i++) {
            Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                Table t = range.getTable(p);
                lines.addAll(grid(t).lines());
                // skip the table's paragraphs: they end where the table's range ends
                while (i + 1 < n && range.getParagraph(i + 1).getStartOffset() < t.getEndOffset()) i++;
            } else {
                DocxReader.addText(lines, p.text());
            }
        }
        return lines;
    }

    /**
     * Word 97 tables give each row its own cells with edges in twips, and merge horizontally by widening a cell:
     * the edges of all rows together make the grid's columns.
     */
    private static TableGrid grid(Table t) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                edges.add(cell.getLeftEdge());
                edges.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        // edges a few twips apart are one column border, rounded differently in different rows
        List<Integer> cols = new ArrayList<>();
        for (int e : edges) if (cols.isEmpty() || e - cols.get(cols.size() - 1) > EDGE_TOLERANCE) cols.add(e);
        TableGrid grid = new TableGrid();
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            List<TableGrid.Cell> out = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()) {
                    continue; // covered by the first cell of the merge above
                }
                int rowSpan = 1;
                if (cell.isFirstVerticallyMerged()) {
                    while (r + rowSpan < t.numRows() && mergedBelow(t.getRow(r + rowSpan), cell.getLeftEdge())) rowSpan++;
                }
                int from = nearest(cols, cell.getLeftEdge());
                int to = nearest(cols, cell.getLeftEdge() + cell.getWidth());
                int span = Math.max(1, to - from);
                out.add(new TableGrid.Cell(CellText.normalize(TextCleaner.clean(cell.text().replace('\u0007', ' '))), rowSpan, span));
            }
            grid.addRow(out);
        }
        return grid;
    }

    private static int nearest(List<Integer> cols, int edge) {
        int best = 0;
        for (int i = 1; i < cols.size(); i++) if (Math.abs(cols.get(i) - edge) < Math.abs(cols.get(best) - edge)) best = i;
        return best;
    }

    private static boolean mergedBelow(TableRow row, int leftEdge) {
        for (int c = 0; c < row.numCells(); c++) {
            TableCell cell = row.getCell(c);
            if (Math.abs(cell.getLeftEdge() - leftEdge) <= EDGE_TOLERANCE) {
                return cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
            }
        }
        return false;
    }
}

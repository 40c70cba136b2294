package nianbao.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Expands a table whose cells span rows and columns (HTML rowspan/colspan, Word gridSpan/vMerge, merged PDF cells)
 * into a full grid, one {@link Line#gridRow} per row. A spanning label is copied into every position it covers, so
 * each row carries its whole label; a spanning value keeps its value only in its first position, so no number is
 * counted twice.
 */
public final class TableGrid {
    /** One cell as the source gives it, in row order, left to right. */
    public record Cell(String text, int rowSpan, int colSpan) {
        public Cell {
            text = text == null ? "" : text;
            rowSpan = Math.max(1, rowSpan);
            colSpan = Math.max(1, colSpan);
        }
    }

    private final List<List<Cell>> rows = new ArrayList<>();

    public void addRow(List<Cell> cells) { rows.add(List.copyOf(cells)); }


    /** The rows as grid lines, every row as wide as the widest. Rows left entirely blank are dropped. */
    public List<Line> lines() {
        List<String[]> grid = new ArrayList<>();
        List<boolean[]> taken = new ArrayList<>();
        int width = 0;
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Cell cell : rows.get(r)) {
                while (isTaken(taken, r, c)) c++;
                boolean label = !CellText.isNumeric(cell.text());
                for (int dr = 0; dr < cell.rowSpan(); dr++) {
                    for (int dc = 0; dc < cell.colSpan(); dc++) {
                        boolean first = dr == 0 && dc == 0;
                        put(grid, taken, r + dr, c + dc, first || label ? cell.text() : "");
                    }
                }
                c += cell.colSpan();
                width = Math.max(width, c);
            }
        }
        // rows spanned into but never started (a rowspan past the last <tr>) would only repeat labels: keep rows given
        List<Line> out = new ArrayList<>();
        for (int r = 0; r < Math.min(grid.size(), rows.size()); r++) {
            String[] row = grid.get(r);
            List<String> cells = new ArrayList<>(width);
            boolean blank = true;
            for (int c = 0; c < width; c++) {
                String v = row != null && c < row.length && row[c] != null ? row[c] : "";
                if (!v.isBlank()) blank = false;
                cells.add(v);
            }
            if (!blank) out.add(Line.gridRow(cells));
        }
        return out;
    }

    private static boolean isTaken(List<boolean[]> taken, int r, int c) {
        return r < taken.size() && taken.get(r) != null && c < taken.get(r).length && taken.get(r)[c];
    }

    private static void put(List<String[]> grid, List<boolean[]> taken, int r, int c, String text) {
        while (grid.size() <= r) {
            grid.add(new String[0]);
            taken.add(new boolean[0]);
        }
        if (grid.get(r).length <= c) {
            grid.set(r, java.util.Arrays.copyOf(grid.get(r), c + 8));
            taken.set(r, java.util.Arrays.copyOf(taken.get(r), c + 8));
        }
        if (taken.get(r)[c]) return; // overlapping spans in bad markup: the first cell keeps the position
        grid.get(r)[c] = text;
        taken.get(r)[c] = true;
    }
}

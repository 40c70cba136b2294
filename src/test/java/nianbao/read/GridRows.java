package nianbao.read;

import java.util.ArrayList;
import java.util.List;

/** Test helper: finds a document's grid rows by their label and takes their values by position. */
final class GridRows {
    private GridRows() {}

    /** The label of a row: its non-numeric cells joined, consecutive duplicates dropped. */
    static String label(Line row) {
        StringBuilder sb = new StringBuilder();
        String prev = null;
        for (String c : row.cells()) {
            if (c.isBlank() || CellText.isNumeric(c) || c.equals(prev)) continue;
            sb.append(c);
            prev = c;
        }
        return sb.toString();
    }

    /** The cells after the row's last label cell. */
    static List<String> values(Line row) {
        List<String> cells = row.cells();
        int last = -1;
        for (int i = 0; i < cells.size(); i++) if (!cells.get(i).isBlank() && !CellText.isNumeric(cells.get(i))) last = i;
        return new ArrayList<>(cells.subList(last + 1, cells.size()));
    }

    /** The only grid row with values whose label contains all the given fragments. */
    static Line find(Document doc, String... fragments) {
        List<Line> hits = new ArrayList<>();
        for (Line l : doc.lines()) {
            if (!l.grid() || values(l).stream().noneMatch(CellText::isNumeric)) continue;
            String label = label(l);
            boolean all = true;
            for (String f : fragments) all &= label.contains(f);
            if (all) hits.add(l);
        }
        if (hits.size() != 1) throw new AssertionError(hits.size() + " rows labelled " + List.of(fragments) + ": " + hits);
        return hits.get(0);
    }

    /** The only grid row that has exactly n values and no label (table 四 as printed). */
    static Line unlabelled(Document doc, int n) {
        List<Line> hits = new ArrayList<>();
        for (Line l : doc.lines()) if (l.grid() && label(l).isEmpty() && values(l).size() == n) hits.add(l);
        if (hits.size() != 1) throw new AssertionError(hits.size() + " unlabelled rows of " + n + " values: " + hits);
        return hits.get(0);
    }
}

package nianbao.parse;

import nianbao.read.CellValue;
import nianbao.model.SectionKey;
import nianbao.read.Line;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the lines of a table section into rows. Three layouts arrive (FORMAT.md "How the tables arrive"):
 * <ul>
 *   <li>grid rows from HTML, Word and PDF readers: one line, every column by position;</li>
 *   <li>tab-separated rows (two or more tabs, or text on both sides of one): one line per row, padding unreliable;</li>
 *   <li>one cell per line, each starting with a tab, rows separated by blank lines; a line without a leading tab
 *       continues the cell above it (a label wrapped as {@code 商业\n企业}, a number pushed down as {@code \t\n0}).</li>
 * </ul>
 */
final class RowReader {
    private RowReader() {}

    /**
     * @param lines     the document's lines
     * @param from      first line index (0-based, inclusive)
     * @param to        last line index (exclusive)
     */
    static List<RawRow> read(List<Line> lines, int from, int to, SectionKey section) {
        List<RawRow> rows = new ArrayList<>();
        List<String> cells = null;
        int groupStart = -1, groupEnd = -1;
        for (int i = from; i < to; i++) {
            Line line = lines.get(i);
            String t = line.text();
            int tabs = tabs(t);
            if (line.grid() || isTabRow(t, tabs)) {
                if (cells != null) rows.add(toRow(cells, groupStart + 1, groupEnd + 1, false, section));
                cells = null;
                rows.add(toRow(fields(t, tabs), i + 1, i + 1, line.grid(), section));
                continue;
            }
            if (tabs == 0 && t.isBlank()) {
                if (cells != null) rows.add(toRow(cells, groupStart + 1, groupEnd + 1, false, section));
                cells = null;
                continue;
            }
            if (cells == null) {
                cells = new ArrayList<>();
                groupStart = i;
            }
            groupEnd = i;
            if (t.startsWith("\t") || cells.isEmpty()) {
                cells.add(t.startsWith("\t") ? t.substring(1) : t);
            } else {
                int last = cells.size() - 1;
                cells.set(last, cells.get(last) + t);
            }
        }
        if (cells != null) rows.add(toRow(cells, groupStart + 1, groupEnd + 1, false, section));
        return rows;
    }

    /**
     * A whole row on one line: two or more tabs, or a label and a value either side of one tab
     * ({@code 行政许可\t2353}). A single leading tab is the one-cell-per-line layout instead.
     */
    private static boolean isTabRow(String t, int tabs) {
        if (tabs >= 2) return true;
        int tab = t.indexOf('\t');
        return tab > 0 && !isBlank(t, 0, tab) && !isBlank(t, tab + 1, t.length());
    }

    /** {@link String#isBlank} of a part of the text, without cutting it out (no whitespace is a surrogate). */
    private static boolean isBlank(String t, int from, int to) {
        for (int i = from; i < to; i++) if (!Character.isWhitespace(t.charAt(i))) return false;
        return true;
    }

    /** How many tabs the line has. */
    private static int tabs(String t) {
        int tabs = 0;
        for (int i = t.indexOf('\t'); i >= 0; i = t.indexOf('\t', i + 1)) tabs++;
        return tabs;
    }

    /** The tab-separated fields of a line with this many tabs, empty ones included; no list to grow. */
    private static List<String> fields(String t, int tabs) {
        String[] fields = new String[tabs + 1];
        int start = 0;
        for (int f = 0; f < tabs; f++) {
            int tab = t.indexOf('\t', start);
            fields[f] = t.substring(start, tab);
            start = tab + 1;
        }
        fields[tabs] = t.substring(start);
        return Arrays.asList(fields);
    }

    /** Splits fields into the label (text fields) and the values after the last text field. */
    static RawRow toRow(List<String> fields, int line, int lastLine, boolean grid, SectionKey section) {
        // each field classified once: stripping does not change what it is (normalising drops spaces anyway)
        boolean[] value = new boolean[fields.size()];
        int lastLabel = -1;
        for (int i = 0; i < fields.size(); i++) {
            value[i] = CellValue.isValue(fields.get(i));
            if (!value[i]) lastLabel = i;
        }
        String label = label(fields, value, lastLabel);
        int from = lastLabel + 1, to = fields.size();
        if (!grid) {
            // Text exports pad rows with empty fields at either end; only interior blanks are cells.
            while (from < to && CellValue.isEmpty(fields.get(from))) from++;
            while (to > from && CellValue.isEmpty(fields.get(to - 1))) to--;
        }
        String[] values = new String[to - from]; // copied by index: a sublist's copy iterates
        for (int i = from; i < to; i++) values[i - from] = fields.get(i);
        return new RawRow(Labels.normalise(label), List.of(values), line, lastLine, grid, section);
    }

    /** The text fields up to the last one, stripped and joined; a label repeated in adjacent fields counts once. */
    private static String label(List<String> fields, boolean[] value, int lastLabel) {
        StringBuilder label = new StringBuilder();
        String previous = null;
        for (int i = 0; i <= lastLabel; i++) {
            if (value[i]) continue; // an empty field is a value (a blank) too
            String f = fields.get(i).strip();
            if (f.equals(previous)) continue; // a spanning label copied into each grid column
            label.append(f);
            previous = f;
        }
        return label.toString();
    }
}

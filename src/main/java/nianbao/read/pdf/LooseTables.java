package nianbao.read.pdf;

import nianbao.read.Line;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables printed without ruling lines, rebuilt from the positions of their text. A line with numbers standing apart
 * (gaps of more than an em) is a row; the value columns of a run of such rows are found from the x-positions of the
 * numbers in its fullest rows (the seven of table 三, the fifteen of table 四), whatever the header's fragments look
 * like. Label text on lines without numbers joins a row by what it says and where it stands: a piece opening with an
 * item number ({@code 1.}, {@code （二）}) starts the next row's label, whether that row prints its numbers beside
 * the label's first, middle or last line; any other piece continues the label printed above it in its column.
 */
final class LooseTables {
    private LooseTables() {}

    /** A rebuilt table: where it starts on the page, and its rows. */
    record Table(float top, List<Line> rows) {}

    /** The page's lines that stay text, and the tables made of the others. */
    record Result(List<VisualLine> text, List<Table> tables) {}

    private static final Pattern HEADING = Pattern.compile("^\\s*[一二三四五六]\\s*[、.．].{2,30}情况\\s*$|^\\s*[五六]\\s*[、.．].*");

    static Result extract(List<VisualLine> lines) {
        int n = lines.size();
        boolean[] value = new boolean[n];
        for (int i = 0; i < n; i++) value[i] = isValueLine(lines.get(i));
        boolean[] used = new boolean[n];
        List<Table> tables = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (!value[i]) {
                i++;
                continue;
            }
            // a run of value lines, with at most a few label lines between two of them
            int end = i, k = i + 1, gap = 0;
            while (k < n && gap <= 4) {
                if (value[k]) {
                    end = k;
                    gap = 0;
                } else if (isHeading(lines.get(k))) {
                    break;
                } else {
                    gap++;
                }
                k++;
            }
            int start = i;
            // label lines just above the first row, each close under the one before: the top of a wrapped label, the
            // header, or the end of a row broken by the page break; never a line of body text running across
            float left = firstNumberX(lines.get(i)) - lines.get(i).size;
            while (start > 0 && start > i - 8 && !value[start - 1] && !used[start - 1] && !isHeading(lines.get(start - 1))
                    && lines.get(start).base - lines.get(start - 1).base < 2.5f * lines.get(start).size
                    && !crossesInto(lines.get(start - 1), left)) {
                start--;
            }
            // and label lines just below the last row: the rest of its label, or its bottom half when centred
            while (end + 1 < n && end + 1 < k + 8 && !value[end + 1] && !isHeading(lines.get(end + 1))
                    && lines.get(end + 1).base - lines.get(end).base < 2.5f * lines.get(end).size
                    && !crossesInto(lines.get(end + 1), left)) {
                end++;
            }
            tables.add(build(lines, value, start, end));
            for (int m = start; m <= end; m++) used[m] = true;
            i = end + 1;
        }
        List<VisualLine> text = new ArrayList<>();
        for (int m = 0; m < n; m++) if (!used[m]) text.add(lines.get(m));
        return new Result(text, tables);
    }

    private static float firstNumberX(VisualLine l) {
        for (VisualLine.Fragment f : l.fragments) if (f.numeric()) return f.x0();
        return l.x1;
    }

    /** A run of text starting left of the value columns and running well into them: body text, not a label. */
    private static boolean crossesInto(VisualLine l, float left) {
        for (VisualLine.Fragment f : l.fragments) if (f.x0() < left && f.x1() > left + 3 * l.size) return true;
        return false;
    }

    private static boolean isHeading(VisualLine l) {
        return l.fragments.size() == 1 && HEADING.matcher(l.text()).matches();
    }

    /** Two numbers standing apart, or a label and a number far to its right. */
    static boolean isValueLine(VisualLine l) {
        int numbers = 0;
        for (VisualLine.Fragment f : l.fragments) if (f.numeric()) numbers++;
        if (numbers >= 2) return true;
        if (numbers != 1 || l.fragments.size() < 2) return false;
        VisualLine.Fragment last = l.fragments.get(l.fragments.size() - 1);
        VisualLine.Fragment before = l.fragments.get(l.fragments.size() - 2);
        return last.numeric() && last.x0() - before.x1() > 2.0f * l.size;
    }

    private static Table build(List<VisualLine> lines, boolean[] value, int start, int end) {
        // columns: the mean position of the k-th number over the rows that have the most numbers
        int width = 0;
        for (int i = start; i <= end; i++) if (value[i]) width = Math.max(width, numbers(lines.get(i)).size());
        float[] centers = new float[width];
        int full = 0;
        float valueLeft = Float.MAX_VALUE;
        for (int i = start; i <= end; i++) {
            if (!value[i]) continue;
            List<VisualLine.Fragment> nums = numbers(lines.get(i));
            if (nums.size() != width) continue;
            for (int c = 0; c < width; c++) centers[c] += nums.get(c).center();
            valueLeft = Math.min(valueLeft, nums.get(0).x0());
            full++;
        }
        for (int c = 0; c < width; c++) centers[c] /= full;
        float em = lines.get(start).size;
        float left = valueLeft - em;

        // each value line is a row; label text joins a row (see rowOf); header text over the columns stays a row
        List<Integer> rowLine = new ArrayList<>();
        for (int i = start; i <= end; i++) if (value[i]) rowLine.add(i);
        int rows = rowLine.size();
        List<List<Piece>> pieces = new ArrayList<>(); // label pieces per row; index rows: text above the first row
        List<List<Line>> headersBefore = new ArrayList<>();
        for (int r = 0; r <= rows; r++) {
            pieces.add(new ArrayList<>());
            headersBefore.add(new ArrayList<>());
        }
        List<float[]> placed = new ArrayList<>(); // x0, x1, row of every label piece placed so far
        List<List<VisualLine.Fragment>> numbers = new ArrayList<>();
        int nextRow = 0;
        for (int i = start; i <= end; i++) {
            VisualLine l = lines.get(i);
            if (value[i]) {
                List<VisualLine.Fragment> nums = new ArrayList<>();
                for (VisualLine.Fragment f : l.fragments) {
                    if (f.x0() < left && !f.numeric()) {
                        placed.add(new float[] {f.x0(), f.x1(), nextRow});
                        pieces.get(nextRow).add(new Piece(f, l.base));
                    } else {
                        nums.add(f);
                    }
                }
                numbers.add(nums);
                nextRow++;
                continue;
            }
            List<String> header = new ArrayList<>();
            for (VisualLine.Fragment f : l.fragments) {
                if (f.x0() >= left) { // text over the value columns: a header
                    header.add(f.text());
                    continue;
                }
                int r = rowOf(f, l, nextRow, rows, placed, lines, rowLine);
                placed.add(new float[] {f.x0(), f.x1(), r});
                pieces.get(r).add(new Piece(f, l.base));
            }
            if (!header.isEmpty()) {
                header.add(0, "");
                headersBefore.get(nextRow).add(Line.gridRow(header));
            }
        }
        List<Line> out = new ArrayList<>();
        if (!pieces.get(rows).isEmpty()) {
            // the rest of a label whose row began on the page before: a row of label only, which the reader joins
            // to that row (Paragraphs#continuesRow)
            List<String> cells = new ArrayList<>(List.of(label(pieces.get(rows))));
            for (int c = 0; c < width; c++) cells.add("");
            out.add(Line.gridRow(cells));
        }
        for (int r = 0; r < rows; r++) {
            out.addAll(headersBefore.get(r));
            List<String> cells = new ArrayList<>();
            String label = label(pieces.get(r));
            if (!label.isEmpty()) cells.add(label); // a blank label cell would read as a blank value
            cells.addAll(place(numbers.get(r), centers, width));
            out.add(Line.gridRow(cells));
        }
        out.addAll(headersBefore.get(rows));
        return new Table(lines.get(start).base - lines.get(start).size, out);
    }

    /** A piece of label text and the baseline of its line. */
    private record Piece(VisualLine.Fragment fragment, float base) {}

    /**
     * A row's label from its pieces: pieces whose extents overlap across the page are one column (a group label such
     * as （三）不予公开 beside the item 1.属于国家秘密); columns left to right, each read top to bottom.
     */
    private static String label(List<Piece> pieces) {
        List<List<Piece>> columns = new ArrayList<>();
        List<float[]> extents = new ArrayList<>();
        List<Piece> byX = new ArrayList<>(pieces);
        byX.sort(java.util.Comparator.comparingDouble(p -> p.fragment().x0()));
        for (Piece p : byX) {
            int at = -1;
            for (int c = 0; c < columns.size() && at < 0; c++) {
                float[] e = extents.get(c);
                if (p.fragment().x0() < e[1] && e[0] < p.fragment().x1()) at = c;
            }
            if (at < 0) {
                columns.add(new ArrayList<>());
                extents.add(new float[] {p.fragment().x0(), p.fragment().x1()});
                at = columns.size() - 1;
            }
            columns.get(at).add(p);
            extents.get(at)[1] = Math.max(extents.get(at)[1], p.fragment().x1());
        }
        StringBuilder sb = new StringBuilder();
        for (List<Piece> column : columns) {
            column.sort(java.util.Comparator.comparingDouble(Piece::base));
            for (Piece p : column) sb.append(p.fragment().text());
        }
        return sb.toString();
    }

    /** An item's number opening a label: 一、 （三） 1. 2、 */
    static final Pattern ITEM = Pattern.compile("^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\\d+\\s*[.、．])");

    /**
     * Which row a piece of label text on a line without numbers belongs to. A piece that opens with an item number
     * starts a label, whose numbers are on the next row (printed beside its first line, its middle or its last);
     * any other piece continues the label text printed above it in the same column; failing both, the nearest row.
     */
    private static int rowOf(VisualLine.Fragment f, VisualLine l, int nextRow, int rows, List<float[]> placed,
                             List<VisualLine> lines, List<Integer> rowLine) {
        if (ITEM.matcher(f.text()).find() && nextRow < rows) return nextRow;
        for (int k = placed.size() - 1; k >= 0; k--) {
            float[] p = placed.get(k);
            if (p[0] < f.x1() && f.x0() < p[1]) return (int) p[2];
        }
        if (nextRow == 0) return rows; // above the first row, continuing nothing: the end of a row broken by a page
        return nearestRow(lines, rowLine, l);
    }

    private static int nearestRow(List<VisualLine> lines, List<Integer> rowLine, VisualLine l) {
        float y = l.base - 0.35f * l.size;
        int best = 0;
        float bestDistance = Float.MAX_VALUE;
        for (int r = 0; r < rowLine.size(); r++) {
            VisualLine row = lines.get(rowLine.get(r));
            float d = Math.abs(row.base - 0.35f * row.size - y);
            if (d < bestDistance) {
                bestDistance = d;
                best = r;
            }
        }
        return best;
    }

    private static List<VisualLine.Fragment> numbers(VisualLine l) {
        List<VisualLine.Fragment> out = new ArrayList<>();
        for (VisualLine.Fragment f : l.fragments) if (f.numeric()) out.add(f);
        return out;
    }

    /**
     * A full row goes by position; a lone number in a table of three or fewer columns is a value spanning them
     * (table 二's 行政许可) and stands first; other numbers go to the nearest column.
     */
    private static List<String> place(List<VisualLine.Fragment> nums, float[] centers, int width) {
        String[] cells = new String[width];
        java.util.Arrays.fill(cells, "");
        if (nums.size() == width) {
            for (int c = 0; c < width; c++) cells[c] = nums.get(c).text();
        } else if (nums.size() == 1 && width <= 3) {
            cells[0] = nums.get(0).text();
        } else {
            for (VisualLine.Fragment f : nums) {
                int best = 0;
                for (int c = 1; c < width; c++) {
                    if (Math.abs(centers[c] - f.center()) < Math.abs(centers[best] - f.center())) best = c;
                }
                cells[best] = cells[best].isEmpty() ? f.text() : cells[best] + " " + f.text();
            }
        }
        return List.of(cells);
    }
}

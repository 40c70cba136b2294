package nianbao.read.pdf;

import nianbao.read.Line;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables printed without ruling lines, rebuilt from the positions of their text. A line with numbers standing apart
 * (gaps of more than an em) is a row; the value columns of a run of such rows are found from the x-positions of the
 * numbers in its fullest rows (the seven of table 三, the fifteen of table 四), whatever the header's fragments look
 * like. Lines of label text near a row (a label wrapped over two lines, with the numbers centred beside it or on
 * the second line) join the row whose numbers are nearest, measured between the lines' vertical centres.
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
            // label lines just above the first row (the top of a wrapped label)
            while (start > 0 && !value[start - 1] && !used[start - 1] && !isHeading(lines.get(start - 1))
                    && lines.get(i).base - lines.get(start - 1).base < 2.5f * lines.get(i).size) {
                start--;
            }
            tables.add(build(lines, value, start, end));
            for (int m = start; m <= end; m++) used[m] = true;
            i = end + 1;
        }
        List<VisualLine> text = new ArrayList<>();
        for (int m = 0; m < n; m++) if (!used[m]) text.add(lines.get(m));
        return new Result(text, tables);
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

        // each value line is a row; label lines join the nearest row; header text over the columns stays a row
        List<Integer> rowLine = new ArrayList<>();
        for (int i = start; i <= end; i++) if (value[i]) rowLine.add(i);
        int rows = rowLine.size();
        List<StringBuilder> above = new ArrayList<>(), below = new ArrayList<>();
        List<List<Line>> headersBefore = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            above.add(new StringBuilder());
            below.add(new StringBuilder());
        }
        for (int r = 0; r <= rows; r++) headersBefore.add(new ArrayList<>());
        for (int i = start; i <= end; i++) {
            if (value[i]) continue;
            VisualLine l = lines.get(i);
            StringBuilder labelPart = new StringBuilder();
            List<String> header = new ArrayList<>();
            for (VisualLine.Fragment f : l.fragments) {
                if (f.x0() < left) labelPart.append(f.text()); // a long label may reach into the value columns
                else header.add(f.text());
            }
            if (labelPart.length() > 0) {
                int r = nearestRow(lines, rowLine, l);
                (l.base < lines.get(rowLine.get(r)).base ? above : below).get(r).append(labelPart);
            }
            if (!header.isEmpty()) {
                header.add(0, "");
                int before = 0;
                while (before < rows && lines.get(rowLine.get(before)).base < l.base) before++;
                headersBefore.get(before).add(Line.gridRow(header));
            }
        }
        List<Line> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            out.addAll(headersBefore.get(r));
            StringBuilder label = new StringBuilder(above.get(r));
            List<VisualLine.Fragment> nums = new ArrayList<>();
            for (VisualLine.Fragment f : lines.get(rowLine.get(r)).fragments) {
                if (f.x0() < left && !f.numeric()) label.append(f.text());
                else nums.add(f);
            }
            label.append(below.get(r));
            List<String> cells = new ArrayList<>();
            if (label.length() > 0) cells.add(label.toString()); // a blank label cell would read as a blank value
            cells.addAll(place(nums, centers, width));
            out.add(Line.gridRow(cells));
        }
        out.addAll(headersBefore.get(rows));
        return new Table(lines.get(start).base - lines.get(start).size, out);
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

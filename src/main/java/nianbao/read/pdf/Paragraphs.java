package nianbao.read.pdf;

import nianbao.read.CellText;
import nianbao.read.Line;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-joins narrative lines that a PDF wrapped mid-sentence, also across page breaks. A line continues the paragraph
 * when the line before it reached the right margin and it is not indented; a short line or an indented one starts
 * a new paragraph, which is how both the body text and the headings of these reports are laid out.
 */
final class Paragraphs {
    private final List<Line> out = new ArrayList<>();
    private final Map<Integer, float[]> margins = new HashMap<>(); // page → {left, right, line pitch}
    private StringBuilder para;
    private VisualLine last;
    private int lastPage;

    /** Learns each page's body margins (the most common left and right edges) and its usual line pitch. */
    void margins(int page, List<VisualLine> lines) {
        margins.put(page, new float[] {mode(lines, true), mode(lines, false), pitch(lines)});
    }

    /** The median distance between consecutive baselines, or 0 when a page has too few lines to tell. */
    private static float pitch(List<VisualLine> lines) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            float g = lines.get(i).base - lines.get(i - 1).base;
            if (g > 0) gaps.add(g);
        }
        if (gaps.size() < 3) return 0;
        gaps.sort(Float::compare);
        return gaps.get(gaps.size() / 2);
    }

    void line(int page, VisualLine l) {
        String text = l.text();
        if (para != null && continues(page, l)) {
            String joined = CellText.join(para.toString(), text);
            para.setLength(0);
            para.append(joined);
        } else {
            end();
            para = new StringBuilder(text);
        }
        last = l;
        lastPage = page;
    }

    void table(List<Line> rows) {
        end();
        if (!rows.isEmpty() && !out.isEmpty() && continuesRow(out.get(out.size() - 1), rows.get(0))) {
            out.set(out.size() - 1, joinRows(out.get(out.size() - 1), rows.get(0)));
            rows = rows.subList(1, rows.size());
        }
        out.addAll(rows);
    }

    /**
     * A row broken by a page break leaves the rest of its label on top of the next page, in a row with the same
     * columns and nothing in the value columns (a header repeated on the new page has words there instead).
     */
    static boolean continuesRow(Line prev, Line first) {
        if (!prev.grid() || !first.grid()) return false;
        List<String> a = prev.cells(), b = first.cells();
        if (a.size() != b.size() || b.stream().anyMatch(CellText::isNumeric)) return false;
        boolean anyValue = false, anyText = false;
        for (int i = 0; i < a.size(); i++) {
            boolean valueColumn = CellText.isNumeric(a.get(i));
            anyValue |= valueColumn;
            if (!b.get(i).isBlank()) {
                // a row of its own (blank values) opens with its item number; the rest of a broken label does not
                if (valueColumn || a.get(i).isBlank() || LooseTables.ITEM.matcher(b.get(i)).find()) return false;
                anyText = true;
            }
        }
        return anyValue && anyText;
    }

    private static Line joinRows(Line prev, Line first) {
        List<String> a = prev.cells(), b = first.cells(), out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) out.add(CellText.join(a.get(i), b.get(i)));
        return Line.gridRow(out);
    }

    List<Line> lines() {
        end();
        return out;
    }

    private boolean continues(int page, VisualLine l) {
        float[] prevM = margins.get(lastPage), m = margins.get(page);
        if (prevM == null || m == null) return false;
        float em = Math.max(l.size, last.size);
        boolean prevFull = last.x1 >= prevM[1] - 2.0f * last.size;
        boolean indented = l.x0 > m[0] + 0.8f * l.size;
        boolean sameSize = Math.abs(l.size - last.size) <= 0.2f * em;
        // on one page, a gap well over the usual line pitch separates paragraphs set without indentation
        boolean spaced = page == lastPage && m[2] > 0 && l.base - last.base > 1.6f * m[2];
        return prevFull && !indented && sameSize && !spaced;
    }

    private void end() {
        if (para != null) {
            String t = CellText.normalize(para.toString());
            if (!t.isEmpty()) out.add(Line.text(t));
        }
        para = null;
        last = null;
    }

    /** The most common rounded left (or right) edge among lines long enough to be body text. */
    private static float mode(List<VisualLine> lines, boolean left) {
        Map<Integer, Integer> counts = new HashMap<>();
        float fallback = left ? Float.MAX_VALUE : 0;
        for (VisualLine l : lines) {
            float v = left ? l.x0 : l.x1;
            fallback = left ? Math.min(fallback, v) : Math.max(fallback, v);
            if (l.glyphs.size() < 8) continue;
            counts.merge(Math.round(v / 3f), 1, Integer::sum);
        }
        int best = -1, bestCount = 1;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            boolean better = e.getValue() > bestCount
                    || (e.getValue() == bestCount && best >= 0 && (left ? e.getKey() < best : e.getKey() > best));
            if (better) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best < 0 ? fallback : best * 3f;
    }
}

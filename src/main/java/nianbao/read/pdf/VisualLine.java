package nianbao.read.pdf;

import nianbao.read.CellText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Characters that share a baseline, left to right, and the text they spell. */
final class VisualLine {
    final List<Glyph> glyphs;
    final float x0, x1, base, size;
    /** Runs of characters separated by a gap of more than an em (table columns, spread-out headers); usually one. */
    final List<Fragment> fragments;

    /** A run of characters and where it lies across the page. */
    record Fragment(String text, float x0, float x1) {
        float center() { return (x0 + x1) / 2; }

        boolean numeric() { return nianbao.read.CellText.isNumeric(text); }
    }

    private VisualLine(List<Glyph> glyphs) {
        this.glyphs = glyphs;
        this.x0 = glyphs.get(0).x();
        this.x1 = glyphs.stream().map(Glyph::right).max(Float::compare).orElse(x0);
        this.base = (float) glyphs.stream().mapToDouble(Glyph::base).average().orElse(0);
        this.size = (float) glyphs.stream().mapToDouble(Glyph::size).max().orElse(10);
        this.fragments = fragments(glyphs);
    }

    /** The line as text: fragments joined as words are (no space next to Chinese). */
    String text() {
        String t = "";
        for (Fragment f : fragments) t = nianbao.read.CellText.join(t, f.text());
        return t;
    }

    /**
     * Groups upright glyphs into lines by baseline. Rotated glyphs (a vertical label) are stacked one per line, top
     * to bottom, which reads them in order.
     */
    static List<VisualLine> of(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::base).thenComparingDouble(Glyph::x));
        List<List<Glyph>> groups = new ArrayList<>();
        List<Glyph> cur = null;
        float curBase = 0, curSize = 0;
        for (Glyph g : sorted) {
            if (cur != null && g.upright() && Math.abs(g.base() - curBase) < 0.45f * Math.max(curSize, g.size())) {
                cur.add(g);
            } else {
                cur = new ArrayList<>();
                groups.add(cur);
                cur.add(g);
                curBase = g.base();
                curSize = g.size();
            }
        }
        List<VisualLine> out = new ArrayList<>();
        for (List<Glyph> grp : groups) {
            grp.sort(Comparator.comparingDouble(Glyph::x));
            out.add(new VisualLine(dedupe(grp)));
        }
        return out;
    }

    /** Fake bold draws each character twice, a fraction of a point apart: keep one. */
    private static List<Glyph> dedupe(List<Glyph> line) {
        List<Glyph> out = new ArrayList<>(line.size());
        outer:
        for (Glyph g : line) {
            for (int k = out.size() - 1; k >= Math.max(0, out.size() - 3); k--) {
                Glyph p = out.get(k);
                if (p.text().equals(g.text()) && Math.abs(p.x() - g.x()) < 0.3f * g.width()
                        && Math.abs(p.base() - g.base()) < 0.3f * g.size()) continue outer;
            }
            out.add(g);
        }
        return out;
    }

    /**
     * Spells a line. Chinese is written without spaces, and justified lines spread characters apart, so a space is
     * put only where a word gap separates two characters that are not Chinese; a gap wider than an em starts a new fragment.
     */
    private static List<Fragment> fragments(List<Glyph> glyphs) {
        List<Fragment> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        Glyph prev = null;
        float start = glyphs.get(0).x();
        for (Glyph g : glyphs) {
            if (prev != null) {
                float gap = g.x() - prev.right();
                float em = Math.max(prev.size(), g.size());
                if (gap > 1.0f * em) {
                    out.add(new Fragment(sb.toString(), start, prev.right()));
                    sb.setLength(0);
                    start = g.x();
                } else if (gap > 0.2f * em && !CellText.isWide(last(prev.text())) && !CellText.isWide(g.text().charAt(0))) {
                    sb.append(' ');
                }
            }
            sb.append(g.text());
            prev = g;
        }
        if (sb.length() > 0) out.add(new Fragment(sb.toString(), start, prev.right()));
        return out;
    }

    private static char last(String s) { return s.charAt(s.length() - 1); }

}

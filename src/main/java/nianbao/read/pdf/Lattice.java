package nianbao.read.pdf;

import nianbao.read.CellText;
import nianbao.read.Line;
import nianbao.read.TableGrid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds ruled tables on a page and reads them as grids. The ruling lines give the grid's rows and columns; a cell
 * with no rule between it and its neighbour is merged with it, so a label wrapped over two lines, a group label
 * spanning eight rows and a header broken into fragments each stay one cell, and the rows come out exactly as the
 * table prints them.
 */
final class Lattice {
    private static final float TOL = 2.0f;

    /** A table found on a page: where it is, and its rows. */
    record Table(float top, float bottom, float left, float right, List<Line> rows) {
        boolean contains(float x, float y) { return x >= left - TOL && x <= right + TOL && y >= top - TOL && y <= bottom + TOL; }
    }

    private Lattice() {}

    static List<Table> tables(PageContent page) {
        List<Rule> rules = merge(page.rules());
        List<List<Rule>> groups = connected(rules);
        List<Table> out = new ArrayList<>();
        for (List<Rule> g : groups) {
            Table t = table(g, page.glyphs());
            if (t != null) out.add(t);
        }
        out.sort(Comparator.comparingDouble(Table::top));
        return out;
    }

    /** Joins collinear pieces (tables are often drawn cell edge by cell edge). */
    private static List<Rule> merge(List<Rule> rules) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(Rule::horizontal).thenComparingDouble(Rule::at).thenComparingDouble(Rule::from));
        List<Rule> out = new ArrayList<>();
        for (Rule r : sorted) {
            boolean merged = false;
            for (int k = out.size() - 1; k >= 0 && k >= out.size() - 50; k--) {
                Rule o = out.get(k);
                if (o.horizontal() == r.horizontal() && Math.abs(o.at() - r.at()) <= 0.6f
                        && r.from() <= o.to() + TOL && r.to() >= o.from() - TOL) {
                    out.set(k, new Rule(o.horizontal(), o.at(), Math.min(o.from(), r.from()), Math.max(o.to(), r.to())));
                    merged = true;
                    break;
                }
            }
            if (!merged) out.add(r);
        }
        return out;
    }

    private static boolean touches(Rule h, Rule v) {
        return h.covers(v.at(), TOL) && v.covers(h.at(), TOL);
    }

    private static List<List<Rule>> connected(List<Rule> rules) {
        int n = rules.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Rule a = rules.get(i), b = rules.get(j);
                if (a.horizontal() != b.horizontal() && touches(a.horizontal() ? a : b, a.horizontal() ? b : a)) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        List<List<Rule>> groups = new ArrayList<>();
        int[] index = new int[n];
        java.util.Arrays.fill(index, -1);
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (index[root] < 0) {
                index[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(index[root]).add(rules.get(i));
        }
        return groups;
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) i = p[i] = p[p[i]];
        return i;
    }

    private static Table table(List<Rule> given, List<Glyph> glyphs) {
        List<Rule> rules = closed(given);
        List<Float> xs = positions(rules, false), ys = positions(rules, true);
        if (xs.size() < 2 || ys.size() < 2) return null;
        int nr = ys.size() - 1, nc = xs.size() - 1;
        if (nr * nc < 2) return null; // a lone box around a paragraph is not a table
        // union-find over grid positions: neighbours with no rule between them are one cell
        int[] parent = new int[nr * nc];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                if (c + 1 < nc && !hasRule(rules, false, xs.get(c + 1), ys.get(r), ys.get(r + 1))) {
                    union(parent, r * nc + c, r * nc + c + 1);
                }
                if (r + 1 < nr && !hasRule(rules, true, ys.get(r + 1), xs.get(c), xs.get(c + 1))) {
                    union(parent, r * nc + c, (r + 1) * nc + c);
                }
            }
        }
        // each cell's extent in the grid, and the characters inside it
        int[][] extent = new int[nr * nc][];
        List<List<Glyph>> inside = new ArrayList<>();
        for (int i = 0; i < nr * nc; i++) inside.add(null);
        for (int i = 0; i < nr * nc; i++) {
            int root = find(parent, i), r = i / nc, c = i % nc;
            int[] e = extent[root];
            if (e == null) extent[root] = new int[] {r, c, r, c};
            else {
                e[0] = Math.min(e[0], r);
                e[1] = Math.min(e[1], c);
                e[2] = Math.max(e[2], r);
                e[3] = Math.max(e[3], c);
            }
        }
        float top = ys.get(0), bottom = ys.get(nr), left = xs.get(0), right = xs.get(nc);
        Table bounds = new Table(top, bottom, left, right, List.of());
        boolean any = false;
        for (Glyph g : glyphs) {
            float gx = g.centerX(), gy = g.centerY();
            if (!bounds.contains(gx, gy)) continue;
            int r = slot(ys, gy), c = slot(xs, gx);
            int root = find(parent, r * nc + c);
            if (inside.get(root) == null) inside.set(root, new ArrayList<>());
            inside.get(root).add(g);
            any = true;
        }
        if (!any) return null;
        TableGrid grid = new TableGrid();
        List<List<TableGrid.Cell>> rows = new ArrayList<>();
        for (int r = 0; r < nr; r++) rows.add(new ArrayList<>());
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                int root = find(parent, r * nc + c);
                int[] e = extent[root];
                if (e[0] != r || e[1] != c) continue; // not the cell's top-left position
                String text = cellText(inside.get(root));
                rows.get(r).add(new TableGrid.Cell(text, e[2] - e[0] + 1, e[3] - e[1] + 1));
            }
        }
        for (List<TableGrid.Cell> row : rows) grid.addRow(row);
        return new Table(top, bottom, left, right, grid.lines());
    }

    /**
     * A table broken by a page break has no rule under its last row (or over its first): where the column rules run
     * on past the last row rule, close the table there so that the row is read.
     */
    private static List<Rule> closed(List<Rule> rules) {
        float hTop = Float.MAX_VALUE, hBottom = -Float.MAX_VALUE, vTop = Float.MAX_VALUE, vBottom = -Float.MAX_VALUE;
        float left = Float.MAX_VALUE, right = -Float.MAX_VALUE;
        for (Rule r : rules) {
            if (r.horizontal()) {
                hTop = Math.min(hTop, r.at());
                hBottom = Math.max(hBottom, r.at());
            } else {
                vTop = Math.min(vTop, r.from());
                vBottom = Math.max(vBottom, r.to());
                left = Math.min(left, r.at());
                right = Math.max(right, r.at());
            }
        }
        if (hTop == Float.MAX_VALUE || left == Float.MAX_VALUE) return rules;
        List<Rule> out = new ArrayList<>(rules);
        if (vBottom > hBottom + 3 * TOL) out.add(new Rule(true, vBottom, left, right));
        if (vTop < hTop - 3 * TOL) out.add(new Rule(true, vTop, left, right));
        return out;
    }

    private static void union(int[] p, int a, int b) { p[find(p, a)] = find(p, b); }

    /** Where rows (horizontal) or columns (vertical) start and end, near positions taken as one. */
    private static List<Float> positions(List<Rule> rules, boolean horizontal) {
        List<Float> all = new ArrayList<>();
        for (Rule r : rules) if (r.horizontal() == horizontal) all.add(r.at());
        all.sort(Float::compare);
        List<Float> out = new ArrayList<>();
        for (float v : all) if (out.isEmpty() || v - out.get(out.size() - 1) > TOL) out.add(v);
        return out;
    }

    /**
     * Whether a rule separates two neighbouring grid positions along the edge from {@code from} to {@code to}:
     * looked for at a quarter, half and three quarters of the edge, so a dashed rule counts.
     */
    private static boolean hasRule(List<Rule> rules, boolean horizontal, float at, float from, float to) {
        for (Rule r : rules) {
            if (r.horizontal() != horizontal || Math.abs(r.at() - at) > TOL) continue;
            for (float f = 0.25f; f < 0.8f; f += 0.25f) if (r.covers(from + f * (to - from), 0)) return true;
        }
        return false;
    }

    private static int slot(List<Float> bounds, float v) {
        for (int i = 1; i < bounds.size(); i++) if (v < bounds.get(i)) return i - 1;
        return bounds.size() - 2;
    }

    /** A cell's lines joined into one text: a wrapped label is one label again, {@code 总 计} is {@code 总计}. */
    private static String cellText(List<Glyph> glyphs) {
        if (glyphs == null || glyphs.isEmpty()) return "";
        String text = "";
        for (VisualLine l : VisualLine.of(glyphs)) text = CellText.join(text, l.text());
        return CellText.normalize(text);
    }
}

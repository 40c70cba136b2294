package nianbao.parse;

import nianbao.model.CellIds;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads table 四 (行政复议、行政诉讼情况): fifteen numbers, five for each of 行政复议, 未经复议直接起诉 and 复议后起诉. They
 * come as one row of fifteen (the usual layout) or as three labelled rows of five.
 */
final class Table4Reader {
    private Table4Reader() {}

    private static final String NAME = "表四";

    static String groupOf(String label) {
        if (label.contains("未经复议") || label.contains("直接起诉")) return "suit_direct";
        if (label.contains("复议后起诉")) return "suit_after_review";
        if (label.contains("行政复议")) return "review";
        return null;
    }

    /** @param rows rows with values, keyed by {@link #groupOf} */
    static void read(List<KeyedRow> rows, TableSink sink) {
        List<String> all = CellIds.t4Cells();
        List<ShortRowSolver.ShortRow> shorts = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (KeyedRow k : rows) {
            RawRow r = k.row();
            String group = k.key();
            List<String> slots;
            if (group != null && r.values().size() <= 5) {
                slots = new ArrayList<>();
                for (String c : CellIds.T4_COLUMNS) slots.add(CellIds.t4(group, c));
            } else {
                slots = all;
            }
            sink.row(NAME, slots.get(0), r, slots, seen, shorts);
        }
        if (!shorts.isEmpty()) sink.accept(ShortRowSolver.solve(sink.knownValues(), shorts, equations()), NAME);
    }

    static List<Equation> equations() {
        List<Equation> eqs = new ArrayList<>();
        for (String g : CellIds.T4_GROUPS) {
            List<String> parts = new ArrayList<>();
            for (String c : CellIds.T4_COLUMNS.subList(0, 4)) parts.add(CellIds.t4(g, c));
            eqs.add(new Equation(List.of(CellIds.t4(g, "total")), parts));
        }
        return eqs;
    }
}

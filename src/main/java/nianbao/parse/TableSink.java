package nianbao.parse;

import nianbao.read.CellValue;
import nianbao.model.Cells;
import nianbao.model.Note;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the cells and notes that the table readers find. */
final class TableSink {
    /** Room for a report's some 230 cells without rehashing. */
    private static final int CAPACITY = 512;

    final LinkedHashMap<String, BigDecimal> cells = new LinkedHashMap<>(CAPACITY);
    /**
     * Per cell, the printed row it was read from. Every cell recorded here is put into {@link #cells} too: a full row
     * at once, a short row's every slot by {@link #accept}, which each table reader calls for its short rows.
     */
    final Map<String, Cells.Origin> origins = new HashMap<>(CAPACITY);
    final List<Note> notes = new ArrayList<>();
    /** Where each line starts in the report's text (one more entry, its length), for the origins. */
    private final int[] lineStart;

    TableSink(int[] lineStart) { this.lineStart = lineStart; }

    void put(String id, BigDecimal value) { cells.put(id, value); }

    void note(String kind, String message, int line, List<String> cells) {
        notes.add(new Note(kind, message, line, cells));
    }

    /** Known non-null values, for the arithmetic of short rows. */
    Map<String, BigDecimal> knownValues() {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        cells.forEach((k, v) -> { if (v != null) m.put(k, v); });
        return m;
    }

    /** Writes solved short rows back and says, per row, what could and could not be placed. */
    void accept(List<ShortRowSolver.Placement> placements, String table) {
        for (ShortRowSolver.Placement p : placements) {
            p.values().forEach(this::put);
            ShortRowSolver.ShortRow r = p.row();
            String head = table + "“" + r.name() + "”行只有" + r.printed().size() + "个数（应为" + r.slots().size() + "个）";
            int missing = r.slots().size() - r.printed().size();
            if (p.undecided().isEmpty() && p.inferred().size() <= missing) {
                note("short_row", head + "，已按表内勾稽关系确定各数所在列"
                        + (p.inferred().isEmpty() ? "" : "；缺失的单元格由勾稽关系推定：" + String.join("、", p.inferred()))
                        + " (short row placed by the table's arithmetic)", r.line(), p.inferred());
            } else if (p.undecided().isEmpty()) {
                note("short_row", head + "，缺失的是哪一列无法确定（可能是 " + String.join("、", p.inferred())
                        + "），但无论缺在哪一列，按表内勾稽关系整行数值都相同 (short row: gap position unknown, but every"
                        + " placement gives the same values)", r.line(), p.inferred());
            } else {
                note("short_row", head + "，无法确定缺失的是哪一列，以下单元格留空：" + String.join("、", p.undecided())
                        + " (short row: cells left null)", r.line(), p.undecided());
            }
        }
    }

    /**
     * Takes one row of a table: its values by position when complete, queued for the solver when short, compared
     * with the first copy when the row was already read (printed twice).
     *
     * @param key the row's identity within its table, for telling a second copy
     */
    void row(String table, String key, RawRow r, List<String> slots, java.util.Set<String> seen,
             List<ShortRowSolver.ShortRow> shorts) {
        String name = r.label().isEmpty() ? "数据" : r.label();
        List<String> values = r.values();
        if (values.size() > slots.size() && r.grid()
                && values.subList(slots.size(), values.size()).stream().allMatch(CellValue::isEmpty)) {
            values = values.subList(0, slots.size()); // a value spanning merged grid columns stands in the first one
        }
        if (values.size() > slots.size()) {
            note("long_row", table + "“" + name + "”行有" + values.size() + "个数，多于" + slots.size()
                    + "列，按右对齐取最后" + slots.size() + "个 (row has more values than columns; aligned right)", r.line(), slots);
            values = values.subList(values.size() - slots.size(), values.size());
        }
        if (!seen.add(key)) {
            duplicate(table, name, slots, values, r.line());
            return;
        }
        // the row's lines (1-based, inclusive) as offsets, the line break after the last one left out
        Cells.Origin origin = new Cells.Origin(lineStart[r.line() - 1], lineStart[r.lastLine()] - 1);
        for (String slot : slots) origins.put(slot, origin);
        if (values.size() == slots.size()) putRow(slots, values);
        else shorts.add(new ShortRowSolver.ShortRow(name, slots, values.stream().map(CellValue::parse).toList(), r.line()));
    }

    /** Reads a full row's values by position into its slots. */
    void putRow(List<String> slots, List<String> values) {
        for (int i = 0; i < slots.size(); i++) put(slots.get(i), CellValue.parse(values.get(i)));
    }

    /** Records a row seen a second time: the first copy stands; say whether the copies agree. */
    void duplicate(String table, String name, List<String> slots, List<String> values, int line) {
        boolean agree = values.size() == slots.size();
        for (int i = 0; agree && i < slots.size(); i++) {
            BigDecimal a = cells.get(slots.get(i)), b = CellValue.parse(values.get(i));
            agree = a == null ? b == null : b != null && a.compareTo(b) == 0;
        }
        note("duplicate_block", table + "“" + name + "”重复出现，" + (agree ? "两处数值一致" : "两处数值不一致，采用第一处")
                + (agree ? " (printed twice, copies agree)" : " (printed twice, copies differ; first kept)"), line, slots);
    }
}

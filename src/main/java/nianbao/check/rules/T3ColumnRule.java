package nianbao.check.rules;

import nianbao.check.CheckContext;
import nianbao.check.Finding;
import nianbao.model.CellIds;

import java.util.ArrayList;
import java.util.List;

/**
 * A table 三 relation that holds per column: run for each of the seven columns, with one T_UNCHECKABLE for all the
 * blank cells that stopped it.
 */
abstract class T3ColumnRule extends BaseRule {
    T3ColumnRule(String id, String title) { super(id, title); }

    /**
     * The finding for column {@code column} (index {@code ci} of {@link CellIds#T3_COLUMNS}), or null when it holds;
     * blank cells that stop it go to {@code missing}.
     */
    abstract Finding checkColumn(CheckContext ctx, String column, int ci, List<String> missing);

    /** The ID of a table 三 cell by column index: one lookup of the row's canonical IDs. */
    static String cell(String row, int ci) { return CellIds.t3RowIds(row).get(ci); }

    /** What the T_UNCHECKABLE message adds after the rule's name, or null. */
    String uncheckableWhat() { return null; }

    @Override
    public final List<Finding> check(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        if (!ctx.hasTable("t3.")) return out;
        List<String> missing = new ArrayList<>();
        for (int ci = 0; ci < CellIds.T3_COLUMNS.size(); ci++) {
            Finding f = checkColumn(ctx, CellIds.T3_COLUMNS.get(ci), ci, missing);
            if (f != null) out.add(f);
        }
        if (!missing.isEmpty()) out.add(ctx.uncheckable(this, missing, uncheckableWhat()));
        return out;
    }
}

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

    /** The finding for one column, or null when it holds; blank cells that stop it go to {@code missing}. */
    abstract Finding checkColumn(CheckContext ctx, String column, List<String> missing);

    /** What the T_UNCHECKABLE message adds after the rule's name, or null. */
    String uncheckableWhat() { return null; }

    @Override
    public final List<Finding> check(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        if (!ctx.hasTable("t3.")) return out;
        List<String> missing = new ArrayList<>();
        for (String c : CellIds.T3_COLUMNS) {
            Finding f = checkColumn(ctx, c, missing);
            if (f != null) out.add(f);
        }
        if (!missing.isEmpty()) out.add(ctx.uncheckable(this, missing, uncheckableWhat()));
        return out;
    }
}

package nianbao.check.rules;

import nianbao.check.CheckContext;
import nianbao.check.Finding;
import nianbao.check.Severity;
import nianbao.model.CellIds;
import nianbao.model.Note;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * T_BLANK_CELL: a cell printed blank, {@code /} or {@code -} where the format expects a number. Cells the parser
 * could not place for certain (a short row) are not called blank: their rules report them as uncheckable.
 */
public final class BlankCell extends BaseRule {
    public BlankCell() { super("T_BLANK_CELL", "空白单元格 (blank cell)"); }

    private static final List<String> TABLES = List.of("t2.", "t3.", "t4.");

    private static final Set<String> UNCERTAIN = Set.of("short_row", "inferred_cell", "uncertain", "uncertain_row");

    @Override
    public List<Finding> check(CheckContext ctx) {
        Set<String> uncertain = new HashSet<>();
        for (Note n : ctx.report().notes()) if (UNCERTAIN.contains(n.kind())) uncertain.addAll(n.cells());
        // the blank cells of tables 二, 三, 四, each in printed order
        Map<String, List<String>> blanks = new LinkedHashMap<>();
        for (String table : TABLES) blanks.put(table, new ArrayList<>());
        for (String id : CellIds.all(ctx.version())) {
            // the value first: most cells have one, and need no second lookup
            if (ctx.cell(id) == null && ctx.report().cells().isPresent(id) && !uncertain.contains(id)) {
                List<String> blank = blanks.get(id.substring(0, 3));
                if (blank != null) blank.add(id);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (String table : TABLES) {
            List<String> blank = blanks.get(table);
            if (blank.isEmpty()) continue;
            String name = switch (table) {
                case "t2." -> "表二";
                case "t3." -> "表三";
                default -> "表四";
            };
            out.add(CheckContext.finding(this, Severity.WARNING,
                    name + "有" + blank.size() + "个单元格为空白、“/”或“-”，应填写数字（无则填0）",
                    blank, null, null, ctx.rows(blank)));
        }
        return out;
    }
}

package nianbao.check.rules;

import nianbao.check.CheckContext;
import nianbao.check.Finding;
import nianbao.check.Labels;
import nianbao.check.Severity;
import nianbao.model.CellIds;

import java.util.ArrayList;
import java.util.List;

/** T3_ROW_TOTAL: every row's 总计 is the sum of its six applicant columns. */
public final class T3RowTotal extends BaseRule {
    public T3RowTotal() { super("T3_ROW_TOTAL", "表三行合计 (table 3 row totals)"); }

    @Override
    public List<Finding> check(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String r : ctx.t3Rows()) {
            List<String> row = CellIds.t3RowIds(r);
            String total = row.get(row.size() - 1);
            List<String> parts = row.subList(0, CellIds.T3_APPLICANT_COLUMNS.size());
            boolean anyPresent = ctx.report().cells().isPresent(total);
            for (String id : parts) anyPresent = anyPresent || ctx.report().cells().isPresent(id);
            if (!anyPresent) continue; // an absent row is T_ROW_MISSING's
            SumCheck.Outcome o = SumCheck.evaluate(ctx, parts, total, missing);
            if (o != null && !o.holds()) {
                List<String> cells = new ArrayList<>(parts);
                cells.add(total);
                out.add(CheckContext.finding(this, Severity.ERROR,
                        "表三「" + Labels.t3Row(r) + "」行：各类申请人之和为" + Labels.number(o.sum())
                                + "，总计栏却为" + Labels.number(o.total()),
                        cells, o.sum(), o.total(), ctx.rows(List.of(total))));
            }
        }
        if (!missing.isEmpty()) out.add(ctx.uncheckable(this, missing, null));
        return out;
    }
}

package nianbao.check.rules;

import nianbao.check.CheckContext;
import nianbao.check.Finding;
import nianbao.check.Labels;
import nianbao.check.Severity;

import java.util.ArrayList;
import java.util.List;

/** T3_RESULT_TOTAL: per column, （七）总计 is the sum of every result row (each request classified once). */
public final class T3ResultTotal extends T3ColumnRule {
    public T3ResultTotal() { super("T3_RESULT_TOTAL", "表三办理结果合计 (table 3 result total)"); }

    @Override
    Finding checkColumn(CheckContext ctx, String c, int ci, List<String> missing) {
        String total = cell("result_total", ci);
        List<String> parts = ctx.t3ResultCells(ci);
        SumCheck.Outcome o = SumCheck.evaluate(ctx, parts, total, missing);
        if (o == null || o.holds()) return null;
        List<String> cells = new ArrayList<>(parts.stream().filter(id -> ctx.cell(id).signum() != 0).toList());
        cells.add(total);
        return CheckContext.finding(this, Severity.ERROR,
                "表三「" + Labels.t3Column(c) + "」列：各项办理结果之和为" + Labels.number(o.sum())
                        + "，（七）总计却为" + Labels.number(o.total()),
                cells, o.sum(), o.total(), ctx.rows(cells));
    }
}

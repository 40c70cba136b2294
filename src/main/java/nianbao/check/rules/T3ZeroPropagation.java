package nianbao.check.rules;

import nianbao.check.CheckContext;
import nianbao.check.Finding;
import nianbao.check.Labels;
import nianbao.check.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** T3_ZERO_PROPAGATION: a column with no requests in (新收 + 结转 = 0) has no results and nothing carried out. */
public final class T3ZeroPropagation extends T3ColumnRule {
    public T3ZeroPropagation() { super("T3_ZERO_PROPAGATION", "表三零值传递 (table 3 zero propagation)"); }

    @Override
    String uncheckableWhat() { return "（新收与结转为0的列）"; }

    @Override
    Finding checkColumn(CheckContext ctx, String c, int ci, List<String> missing) {
        CheckContext.Sum in = ctx.sum(List.of(cell("new", ci), cell("carried_in", ci)));
        if (!in.known() || in.value().signum() != 0) return null;
        List<String> after = new ArrayList<>(ctx.t3ResultCells(ci));
        after.add(cell("result_total", ci));
        after.add(cell("carried_out", ci));
        List<String> nonZero = new ArrayList<>();
        for (String id : after) {
            BigDecimal v = ctx.cell(id);
            if (v == null) missing.add(id);
            else if (v.signum() != 0) nonZero.add(id);
        }
        if (nonZero.isEmpty()) return null;
        List<String> cells = new ArrayList<>(List.of(cell("new", ci), cell("carried_in", ci)));
        cells.addAll(nonZero);
        StringBuilder which = new StringBuilder();
        for (String id : nonZero) which.append(which.length() == 0 ? "" : "、").append(Labels.cell(id))
                .append("=").append(Labels.number(ctx.cell(id)));
        return CheckContext.finding(this, Severity.WARNING,
                "表三「" + Labels.t3Column(c) + "」列本年新收与上年结转均为0，但" + which,
                cells, BigDecimal.ZERO, ctx.sum(nonZero).value(), ctx.rows(cells));
    }
}

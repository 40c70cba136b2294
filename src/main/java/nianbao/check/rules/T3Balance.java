package nianbao.check.rules;

import nianbao.check.CheckContext;
import nianbao.check.Finding;
import nianbao.check.Labels;
import nianbao.check.Severity;

import java.util.ArrayList;
import java.util.List;

/** T3_BALANCE: per column, 本年新收 + 上年结转 = 办理结果总计 + 结转下年度 (the relation printed in the table). */
public final class T3Balance extends T3ColumnRule {
    public T3Balance() { super("T3_BALANCE", "表三收支平衡 (table 3 balance)"); }

    @Override
    Finding checkColumn(CheckContext ctx, String c, int ci, List<String> missing) {
        List<String> in = List.of(cell("new", ci), cell("carried_in", ci));
        List<String> outCells = List.of(cell("result_total", ci), cell("carried_out", ci));
        CheckContext.Sum a = ctx.sum(in);
        CheckContext.Sum b = ctx.sum(outCells);
        if (!a.known() || !b.known()) {
            missing.addAll(a.missing());
            missing.addAll(b.missing());
            return null;
        }
        if (a.value().compareTo(b.value()) == 0) return null;
        List<String> cells = new ArrayList<>(in);
        cells.addAll(outCells);
        return CheckContext.finding(this, Severity.ERROR,
                "表三「" + Labels.t3Column(c) + "」列不平衡：本年新收" + Labels.number(ctx.cell(in.get(0)))
                        + " + 上年结转" + Labels.number(ctx.cell(in.get(1))) + " = " + Labels.number(a.value())
                        + "，而办理结果总计" + Labels.number(ctx.cell(outCells.get(0))) + " + 结转下年度"
                        + Labels.number(ctx.cell(outCells.get(1))) + " = " + Labels.number(b.value()),
                cells, a.value(), b.value(), ctx.rows(cells));
    }
}

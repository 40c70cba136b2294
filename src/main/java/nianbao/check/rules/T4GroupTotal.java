package nianbao.check.rules;

import nianbao.check.CheckContext;
import nianbao.check.Finding;
import nianbao.check.Labels;
import nianbao.check.Severity;
import nianbao.model.CellIds;

import java.util.ArrayList;
import java.util.List;

/** T4_GROUP_TOTAL: for 行政复议 and both kinds of suit, 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
public final class T4GroupTotal extends BaseRule {
    public T4GroupTotal() { super("T4_GROUP_TOTAL", "表四分组合计 (table 4 group totals)"); }

    @Override
    public List<Finding> check(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        if (!ctx.hasTable("t4.")) return out;
        List<String> missing = new ArrayList<>();
        for (String g : CellIds.T4_GROUPS) {
            String total = CellIds.t4(g, "total");
            List<String> parts = List.of(CellIds.t4(g, "upheld"), CellIds.t4(g, "corrected"),
                    CellIds.t4(g, "other"), CellIds.t4(g, "pending"));
            SumCheck.Outcome o = SumCheck.evaluate(ctx, parts, total, missing);
            if (o != null && !o.holds()) {
                List<String> cells = new ArrayList<>(parts);
                cells.add(total);
                out.add(CheckContext.finding(this, Severity.ERROR,
                        "表四「" + Labels.t4(g) + "」：维持、纠正、其他、尚未审结之和为" + Labels.number(o.sum())
                                + "，总计却为" + Labels.number(o.total()),
                        cells, o.sum(), o.total(), ctx.rows(cells)));
            }
        }
        if (!missing.isEmpty()) out.add(ctx.uncheckable(this, missing, null));
        return out;
    }
}

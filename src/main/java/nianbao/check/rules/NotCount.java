package nianbao.check.rules;

import nianbao.check.CheckContext;
import nianbao.check.Finding;
import nianbao.check.Labels;
import nianbao.check.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** T_NOT_COUNT: a table 三 or 四 cell counts requests or cases, so it is a whole number, never negative. */
public final class NotCount extends BaseRule {
    public NotCount() { super("T_NOT_COUNT", "非计数值 (not a count)"); }

    @Override
    public List<Finding> check(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : ctx.report().cells().asMap().entrySet()) {
            String id = e.getKey();
            BigDecimal v = e.getValue();
            if (v == null || !(id.startsWith("t3.") || id.startsWith("t4."))) continue;
            boolean whole = v.stripTrailingZeros().scale() <= 0;
            if (v.signum() < 0 || !whole) {
                out.add(CheckContext.finding(this, Severity.ERROR,
                        Labels.cell(id) + "应为非负整数，却为" + Labels.number(v), List.of(id), null, v,
                        ctx.rows(List.of(id))));
            }
        }
        return out;
    }
}

package nianbao.check.rules;

import nianbao.check.CheckContext;
import nianbao.check.Finding;
import nianbao.check.Labels;
import nianbao.check.Severity;
import nianbao.model.CellIds;
import nianbao.model.Report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** CROSS_YEAR_CARRYOVER: this year's 上年结转 equals the same agency's 结转下年度 of the year before. */
public final class CrossYearCarryover extends BaseRule {
    public CrossYearCarryover() { super("CROSS_YEAR_CARRYOVER", "跨年结转不衔接 (carry-over across years)"); }

    @Override
    public List<Finding> check(CheckContext ctx) {
        Optional<Report> prev = ctx.corpus().previousYear(ctx.report());
        if (prev.isEmpty() || !ctx.hasTable("t3.")) return List.of();
        Report p = prev.get();
        List<Finding> out = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String c : CellIds.T3_COLUMNS) {
            String in = CellIds.t3("carried_in", c);
            String before = CellIds.t3("carried_out", c);
            BigDecimal now = ctx.cell(in);
            BigDecimal then = p.cells().get(before);
            if (now == null) missing.add(in);
            if (then == null) missing.add(p.year() + "年度报告 " + before);
            if (now == null || then == null || now.compareTo(then) == 0) continue;
            out.add(CheckContext.finding(this, Severity.WARNING,
                    "本年「上年结转·" + Labels.t3Column(c) + "」为" + Labels.number(now) + "，而" + p.year() + "年度报告（"
                            + p.source() + "）「结转下年度·" + Labels.t3Column(c) + "」为" + Labels.number(then),
                    List.of(in), then, now, ctx.rows(List.of(in))));
        }
        if (!missing.isEmpty()) out.add(ctx.uncheckable(this, missing, "（对照" + p.year() + "年度报告）"));
        return out;
    }
}

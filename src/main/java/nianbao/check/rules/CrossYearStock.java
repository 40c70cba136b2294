package nianbao.check.rules;

import nianbao.check.CheckContext;
import nianbao.check.Finding;
import nianbao.check.Severity;
import nianbao.model.FormatVersion;
import nianbao.model.Report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CROSS_YEAR_STOCK (info, 2021 version): 现行有效件数 this year = last year's + 本年制发 − 本年废止, for 规章 and
 * 行政规范性文件. Clean-up campaigns legitimately break it, hence info.
 */
public final class CrossYearStock extends BaseRule {
    public CrossYearStock() { super("CROSS_YEAR_STOCK", "现行有效件数跨年不衔接 (stock across years)"); }

    @Override
    public List<Finding> check(CheckContext ctx) {
        Optional<Report> prev = ctx.corpus().previousYear(ctx.report());
        if (prev.isEmpty() || ctx.version() != FormatVersion.V2021 || prev.get().format() != FormatVersion.V2021) {
            return List.of();
        }
        Report p = prev.get();
        List<Finding> out = new ArrayList<>();
        for (String doc : List.of("rules", "normative")) {
            String name = doc.equals("rules") ? "规章" : "行政规范性文件";
            BigDecimal now = ctx.cell("t2." + doc + ".in_force");
            BigDecimal then = p.cells().get("t2." + doc + ".in_force");
            BigDecimal issued = ctx.cell("t2." + doc + ".issued");
            BigDecimal repealed = ctx.cell("t2." + doc + ".repealed");
            if (now == null || then == null || issued == null || repealed == null) continue;
            BigDecimal expected = then.add(issued).subtract(repealed);
            if (expected.compareTo(now) == 0) continue;
            List<String> cells = List.of("t2." + doc + ".issued", "t2." + doc + ".repealed", "t2." + doc + ".in_force");
            out.add(CheckContext.finding(this, Severity.INFO,
                    name + "现行有效件数为" + now.toPlainString() + "，而上年（" + p.source() + "）" + then.toPlainString()
                            + " + 本年制发" + issued.toPlainString() + " − 本年废止" + repealed.toPlainString() + " = "
                            + expected.toPlainString() + "（如有集中清理可忽略）",
                    cells, expected, now, ctx.rows(cells)));
        }
        return out;
    }
}

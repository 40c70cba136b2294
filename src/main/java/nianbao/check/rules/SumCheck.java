package nianbao.check.rules;

import nianbao.check.CheckContext;

import java.math.BigDecimal;
import java.util.List;

/** The relation "total = Σ parts" shared by the table rules, with the blank cells that keep it from being checked. */
final class SumCheck {
    private SumCheck() {}

    record Outcome(BigDecimal sum, BigDecimal total) {
        boolean holds() { return sum.compareTo(total) == 0; }
    }

    /** The outcome, or null when a cell is blank or absent (then added to {@code missing}). */
    static Outcome evaluate(CheckContext ctx, List<String> parts, String total, List<String> missing) {
        CheckContext.Sum sum = ctx.sum(parts);
        BigDecimal t = ctx.cell(total);
        if (sum.known() && t != null) return new Outcome(sum.value(), t);
        missing.addAll(sum.missing());
        if (t == null) missing.add(total);
        return null;
    }
}

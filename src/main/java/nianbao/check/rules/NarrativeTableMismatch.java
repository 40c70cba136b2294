package nianbao.check.rules;

import nianbao.check.CheckContext;
import nianbao.check.Evidence;
import nianbao.check.Finding;
import nianbao.check.Labels;
import nianbao.check.Severity;
import nianbao.extract.Figure;
import nianbao.extract.Reading;
import nianbao.extract.Scope;
import nianbao.extract.Term;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * NARRATIVE_TABLE_MISMATCH: a figure the narrative states differs from the cells it maps to. An ambiguous figure is
 * tried against every reading and flagged only when none fits; a figure about a sub-unit, a channel, a subset or
 * another period is never an error (info at most); approximate figures are not compared.
 */
public final class NarrativeTableMismatch extends BaseRule {
    public NarrativeTableMismatch() { super("NARRATIVE_TABLE_MISMATCH", "正文与表格不一致 (narrative vs table)"); }

    private enum Fit { FITS, DIFFERS, UNKNOWN }

    private record Outcome(Fit fit, List<Term> failing, List<String> missing) {}

    @Override
    public List<Finding> check(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Figure f : ctx.figures()) {
            if (!f.mapsToCells() || f.approximate()) continue;
            List<Outcome> outcomes = f.readings().stream().map(r -> evaluate(ctx, r)).toList();
            if (outcomes.stream().anyMatch(o -> o.fit == Fit.FITS)) continue;
            if (outcomes.stream().anyMatch(o -> o.fit == Fit.UNKNOWN)) {
                if (f.scope() == Scope.WHOLE) {
                    Set<String> missing = new LinkedHashSet<>();
                    outcomes.forEach(o -> missing.addAll(o.missing));
                    Finding u = ctx.uncheckable(this, missing, "正文“" + f.text() + "”");
                    List<Evidence> ev = new ArrayList<>(List.of(CheckContext.evidence(f)));
                    ev.addAll(u.evidence());
                    out.add(new Finding(u.rule(), u.severity(), u.message(), u.cells(), null, f.value(), ev));
                }
                continue;
            }
            // A part (sub-unit, channel, subset) larger than the whole is worth a note; smaller is normal.
            // Another period's figure is not compared at all.
            if (f.scope() == Scope.WHOLE || f.scope() != Scope.OTHER_PERIOD && exceeds(ctx, f, outcomes)) {
                out.add(mismatch(ctx, f, outcomes));
            }
        }
        return out;
    }

    private Finding mismatch(CheckContext ctx, Figure f, List<Outcome> outcomes) {
        Set<String> cells = new LinkedHashSet<>();
        StringBuilder table = new StringBuilder();
        for (int i = 0; i < outcomes.size(); i++) {
            Reading r = f.readings().get(i);
            Outcome o = outcomes.get(i);
            if (table.length() > 0) table.append("；");
            if (outcomes.size() > 1) table.append("按「").append(r.label()).append("」");
            int shown = 0;
            for (Term t : o.failing) {
                cells.addAll(t.cells());
                if (shown++ == 3) {
                    table.append("等").append(o.failing.size()).append("项");
                    break;
                }
                if (shown > 1) table.append("，");
                table.append(t.cells().size() == 1 ? Labels.cell(t.cells().get(0)) : sumLabel(t))
                        .append("为").append(Labels.number(ctx.sum(t.cells()).value()));
            }
        }
        Term first = outcomes.get(0).failing.get(0);
        BigDecimal tableValue = ctx.sum(first.cells()).value();
        String stated = switch (f.kind()) {
            case ZERO -> "称无此类情况（即为0）";
            case COMPLETION -> "称申请已全部办结（即结转下年度为0）";
            default -> "称" + Labels.number(f.value()) + (f.unit() == null ? "" : f.unit());
        };
        boolean whole = f.scope() == Scope.WHOLE;
        String message = "正文“" + f.text() + "”" + stated + "，而" + table
                + (whole ? "" : "（该数字的范围为" + f.scope().label() + (f.scopeCue() == null ? "" : "「" + f.scopeCue() + "」")
                + "，部分大于整体，仅供参考）");
        List<Evidence> evidence = new ArrayList<>(List.of(CheckContext.evidence(f)));
        evidence.addAll(ctx.rows(cells));
        return CheckContext.finding(this, whole ? Severity.ERROR : Severity.INFO, message, new ArrayList<>(cells),
                tableValue, first.value(), evidence);
    }

    private static boolean exceeds(CheckContext ctx, Figure f, List<Outcome> outcomes) {
        for (Outcome o : outcomes) {
            for (Term t : o.failing) if (t.value().compareTo(ctx.sum(t.cells()).value()) <= 0) return false;
        }
        return true;
    }

    private static String sumLabel(Term t) {
        List<String> names = t.cells().stream().map(Labels::cell).toList();
        return names.size() > 3 ? names.get(0) + "等" + names.size() + "项之和" : String.join("+", names) + "之和";
    }

    private static Outcome evaluate(CheckContext ctx, Reading r) {
        List<Term> failing = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Term t : r.terms()) {
            CheckContext.Sum s = ctx.sum(t.cells());
            if (!s.known()) missing.addAll(s.missing());
            else if (s.value().compareTo(t.value()) != 0) failing.add(t);
        }
        if (!failing.isEmpty()) return new Outcome(Fit.DIFFERS, failing, missing);
        if (!missing.isEmpty()) return new Outcome(Fit.UNKNOWN, failing, missing);
        return new Outcome(Fit.FITS, failing, missing);
    }
}

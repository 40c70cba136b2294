package nianbao.check.rules;

import nianbao.problems.Balance;
import nianbao.problems.ProblemAnalyzer;
import nianbao.check.CheckContext;
import nianbao.check.Finding;
import nianbao.check.Severity;
import nianbao.model.Section;
import nianbao.model.SectionKey;

import java.util.List;
import java.util.Optional;

/** PROBLEMS_ONE_SIDED: section 五 lists remedies but no problems, or problems but no remedies. */
public final class ProblemsOneSided extends BaseRule {
    public ProblemsOneSided() { super("PROBLEMS_ONE_SIDED", "问题与改进不对应 (one-sided section 5)"); }

    @Override
    public List<Finding> check(CheckContext ctx) {
        Optional<Section> s = ctx.report().section(SectionKey.PROBLEMS);
        if (s.isEmpty()) return List.of();
        // the same reading of section 五 as the problems analysis (an empty one is PROBLEMS_EMPTY's, not this rule's)
        Balance balance = ProblemAnalyzer.balance(ctx.report());
        if (!balance.isOneSided()) return List.of();
        String message = balance == Balance.REMEDIES_ONLY
                ? "第五部分只列改进措施，没有写明存在的问题"
                : "第五部分只列存在的问题，没有写明改进措施";
        return List.of(CheckContext.finding(this, Severity.WARNING, message, List.of(), null, null,
                ctx.section(SectionKey.PROBLEMS, 300).map(List::of).orElse(List.of())));
    }
}

package nianbao.check.rules;

import nianbao.problems.ProblemAnalyzer;
import nianbao.check.CheckContext;
import nianbao.check.Finding;
import nianbao.check.Severity;
import nianbao.model.Section;
import nianbao.model.SectionKey;

import java.util.List;
import java.util.Optional;

/** PROBLEMS_EMPTY: section 五 is empty, 无, or under about ten characters. */
public final class ProblemsEmpty extends BaseRule {
    public ProblemsEmpty() { super("PROBLEMS_EMPTY", "问题部分空缺 (empty section 5)"); }

    @Override
    public List<Finding> check(CheckContext ctx) {
        Optional<Section> s = ctx.report().section(SectionKey.PROBLEMS);
        if (s.isEmpty()) return List.of(); // SECTION_MISSING says it
        // the problems analysis's own test, so the checker and the statistics call the same sections empty
        if (!ProblemAnalyzer.isEmpty(s.get().text())) return List.of();
        String said = ProblemAnalyzer.substance(s.get().text());
        return List.of(CheckContext.finding(this, Severity.WARNING,
                said.isEmpty() ? "第五部分「存在的主要问题及改进情况」没有内容" : "第五部分仅有「" + said + "」，未写明问题与改进措施",
                List.of(), null, null, ctx.section(SectionKey.PROBLEMS, 100).map(List::of).orElse(List.of())));
    }
}

package nianbao.check.rules;

import nianbao.check.CheckContext;
import nianbao.check.Finding;
import nianbao.check.Severity;
import nianbao.extract.CharClass;
import nianbao.model.FormatVersion;
import nianbao.model.SectionKey;

import java.util.List;
import java.util.regex.Pattern;

/**
 * FEE_STATEMENT_MISSING (2021 version): section 六 says nothing about 信息处理费. Table 二's 行政事业性收费 is another
 * thing (the agency's fee income) and does not count.
 */
public final class FeeStatementMissing extends BaseRule {
    public FeeStatementMissing() { super("FEE_STATEMENT_MISSING", "未说明信息处理费 (no fee statement)"); }

    private static final Pattern FEE = Pattern.compile("信息处理费|处理费|收费|费用|收取[^。，；]{0,10}费");
    /** The characters a {@link #FEE} match starts with: the regex is tried only there. */
    private static final CharClass FEE_STARTS = CharClass.firstOf(FEE.pattern());

    @Override
    public List<Finding> check(CheckContext ctx) {
        if (ctx.version() != FormatVersion.V2021) return List.of();
        String text = ctx.report().sectionText(SectionKey.OTHER);
        if (mentionsFee(text)) return List.of();
        return List.of(CheckContext.finding(this, Severity.WARNING,
                "第六部分「其他需要报告的事项」未说明本年度收取信息处理费的情况（2021年版格式要求）",
                List.of(), null, null, ctx.section(SectionKey.OTHER, 200).map(List::of).orElse(List.of())));
    }

    /** Whether the text speaks of a fee: the regex tried only where one of its words can start. */
    static boolean mentionsFee(String text) {
        return FEE_STARTS.find(FEE.matcher(text), text, 0);
    }
}

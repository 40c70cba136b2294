package nianbao.check.rules;

import nianbao.check.CheckContext;
import nianbao.check.Evidence;
import nianbao.check.Finding;
import nianbao.check.Severity;
import nianbao.extract.Sentences;
import nianbao.model.CellIds;
import nianbao.model.SectionKey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * FEE_INCONSISTENT: section 六 says no fee notice was issued or no fee collected, but table 三 counts requests
 * dropped because the applicant did not pay a fee notice (其他处理·逾期未缴费 &gt; 0).
 */
public final class FeeInconsistent extends BaseRule {
    public FeeInconsistent() { super("FEE_INCONSISTENT", "收费说明与表格不符 (fee statement vs table)"); }

    private static final Pattern NO_FEE = Pattern.compile(
            "(未|没有|不|无|零)[^。，；]{0,12}(收取|产生|发出|收费|费)|未发生[^。，；]{0,8}收费|零收费");

    @Override
    public List<Finding> check(CheckContext ctx) {
        String id = CellIds.t3("other_no_fee", "total");
        BigDecimal v = ctx.cell(id);
        if (v == null || v.signum() <= 0) return List.of();
        String text = ctx.report().sectionText(SectionKey.OTHER);
        List<Evidence> evidence = new ArrayList<>();
        for (Sentences.Span s : Sentences.split(text)) {
            if (FeeStatementMissing.mentionsFee(s.text()) && NO_FEE.matcher(s.text()).find()) {
                evidence.add(new Evidence(SectionKey.OTHER.id(), s.start(), s.end(), s.text()));
            }
        }
        if (evidence.isEmpty()) return List.of();
        evidence.addAll(ctx.rows(List.of(id)));
        return List.of(CheckContext.finding(this, Severity.WARNING,
                "第六部分称未收取信息处理费，但表三「其他处理·逾期未缴费」为" + v.toPlainString()
                        + "件（说明曾发出收费通知）", List.of(id), BigDecimal.ZERO, v, evidence));
    }
}

package nianbao.check.rules;

import nianbao.check.CheckContext;
import nianbao.check.Evidence;
import nianbao.check.Finding;
import nianbao.check.Severity;
import nianbao.compare.CopyKind;
import nianbao.compare.NearCopy;
import nianbao.compare.NearDuplicateIndex;
import nianbao.compare.SectionCopy;
import nianbao.model.Report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * COPIED_TEXT: a narrative section is a near-copy of the same agency's earlier report (照搬往年) or of another
 * agency's report (内容雷同). The near-duplicate index is built once per corpus and shared by every report's check.
 */
public final class CopiedText extends BaseRule {
    /** At most this many other reports are named per report: the closest copies say enough. */
    private static final int MAX_OTHERS = 3;

    public CopiedText() { super("COPIED_TEXT", "内容雷同或照搬往年 (copied text)"); }

    @Override
    public List<Finding> check(CheckContext ctx) {
        List<Report> all = ctx.corpus().reports();
        if (all.size() < 2) return List.of();
        NearDuplicateIndex index = ctx.corpus().shared(NearDuplicateIndex.class, () -> NearDuplicateIndex.of(all));
        Report self = ctx.report();
        List<Finding> out = new ArrayList<>();
        for (NearCopy copy : index.similarTo(self, MAX_OTHERS)) {
            // a later report copying this one is that report's finding, not this one's
            if (copy.kind() == CopyKind.SAME_AGENCY && isLater(copy, self)) continue;
            for (SectionCopy s : copy.sections()) {
                String percent = BigDecimal.valueOf(s.similarity() * 100).setScale(0, RoundingMode.HALF_UP).toPlainString();
                String message = "“" + s.section().standardHeading() + "”与" + copy.other().label() + "的报告相似度 "
                        + percent + "%（" + copy.kind().label() + "）";
                out.add(CheckContext.finding(this, Severity.WARNING, message, List.of(), null, null, evidence(self, s)));
            }
        }
        return out;
    }

    private static boolean isLater(NearCopy copy, Report self) {
        return copy.other().year() != null && self.year() != null && copy.other().year() > self.year();
    }

    /** The shared passages where they stand in this report's section. */
    private static List<Evidence> evidence(Report r, SectionCopy s) {
        String text = r.sectionText(s.section());
        List<Evidence> ev = new ArrayList<>();
        for (String p : s.passages()) {
            int at = text.indexOf(p);
            if (at >= 0) ev.add(new Evidence(s.section().id(), at, at + p.length(), p));
        }
        return ev;
    }
}

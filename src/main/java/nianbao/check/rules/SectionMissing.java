package nianbao.check.rules;

import nianbao.check.CheckContext;
import nianbao.check.Finding;
import nianbao.check.Severity;
import nianbao.model.SectionKey;

import java.util.ArrayList;
import java.util.List;

/** SECTION_MISSING: one of the six sections is absent, or table 二/三/四 has no cells. */
public final class SectionMissing extends BaseRule {
    public SectionMissing() { super("SECTION_MISSING", "缺少章节 (section missing)"); }

    @Override
    public List<Finding> check(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (SectionKey k : SectionKey.values()) {
            if (ctx.report().section(k).isEmpty()) {
                out.add(CheckContext.finding(this, Severity.WARNING, "缺少第" + "一二三四五六".charAt(k.ordinal())
                        + "部分「" + k.standardHeading().substring(2) + "」", List.of(), null, null, List.of()));
                continue;
            }
            String prefix = switch (k) {
                case ACTIVE -> "t2.";
                case APPLICATIONS -> "t3.";
                case REVIEW -> "t4.";
                default -> null;
            };
            if (prefix != null && !ctx.hasTable(prefix)) {
                out.add(CheckContext.finding(this, Severity.WARNING, "「" + k.standardHeading().substring(2)
                                + "」部分没有可读取的表格数据", List.of(), null, null,
                        ctx.section(k, 200).map(List::of).orElse(List.of())));
            }
        }
        return out;
    }
}

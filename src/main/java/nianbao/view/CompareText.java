package nianbao.view;

import nianbao.compare.DuplicateFindings;
import nianbao.compare.ReportComparison;
import nianbao.compare.ReportRef;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** Plain-text output of {@code nianbao compare}. */
public final class CompareText {
    private CompareText() {}

    private static final int MEMBERS_SHOWN = 10;
    private static final int LIST_LIMIT = 50;

    public static void print(PrintWriter out, ReportComparison c) {
        out.println("A: " + describe(c.a()));
        out.println("B: " + describe(c.b()));
        out.println();
        out.println("== 各部分相似度 (similarity per section)");
        for (ReportComparison.SectionSimilarity s : c.sections()) {
            String sim = s.similarity() == null ? "—" : ProblemsText.percent(s.similarity());
            String extra = s.section().isNarrative() ? "共有句子 shared sentences: " + s.shared().size()
                    : "单元格相同比例 share of equal cells";
            out.printf(Locale.ROOT, "  %-24s %8s  %s%n", s.section().standardHeading(), sim, extra);
        }
        for (ReportComparison.SectionSimilarity s : c.sections()) {
            if (s.shared().isEmpty()) continue;
            out.println();
            out.println("== 共有句子 (shared sentences) · " + s.section().standardHeading());
            for (String t : s.shared()) out.println("  " + t);
        }
        out.println();
        out.println("== 不同的表格单元格 (differing table cells): " + c.cells().size());
        for (ReportComparison.CellDifference d : c.cells()) {
            out.println("  " + d.id() + ": " + value(d.a(), d.presentInA()) + " → " + value(d.b(), d.presentInB()));
        }
        out.flush();
    }

    public static void print(PrintWriter out, DuplicateFindings f) {
        out.println("近似重复检测 (near-duplicate detection): " + f.reports() + " 份报告 (reports)");
        out.println();
        out.println("== 内容雷同 (sections shared by different agencies): " + f.boilerplate().size() + " 组 groups");
        for (DuplicateFindings.BoilerplateGroup g : f.boilerplate().subList(0, Math.min(LIST_LIMIT, f.boilerplate().size()))) {
            out.println("  [" + g.section().standardHeading() + "] " + g.members().size() + " 份 reports, " + g.agencies()
                    + " 个机关 agencies, 平均相似度 mean similarity " + ProblemsText.percent(g.similarity()));
            for (ReportRef r : g.members().subList(0, Math.min(MEMBERS_SHOWN, g.members().size()))) out.println("    " + describe(r));
            if (g.members().size() > MEMBERS_SHOWN) out.println("    … 另 " + (g.members().size() - MEMBERS_SHOWN) + " 份 (more)");
            passages(out, g.passages());
        }
        out.println();
        out.println("== 照搬往年 (repeating the agency's previous report): " + f.repeats().size());
        for (DuplicateFindings.YearRepeat r : f.repeats().subList(0, Math.min(LIST_LIMIT, f.repeats().size()))) {
            out.println("  [" + r.section().standardHeading() + "] " + ProblemsText.percent(r.similarity()) + "  "
                    + describe(r.later()) + "  ←  " + describe(r.earlier()));
            passages(out, r.passages());
        }
        out.flush();
    }

    private static void passages(PrintWriter out, List<String> passages) {
        for (String p : passages) out.println("      共有段落 shared: " + p);
    }

    private static String describe(ReportRef r) {
        return r.label() + " · " + r.id() + " · " + r.source();
    }

    private static String value(BigDecimal v, boolean present) {
        return !present ? "（无此格 absent）" : v == null ? "（空 blank）" : v.toPlainString();
    }

}

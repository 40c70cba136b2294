package nianbao.view;

import nianbao.problems.Category;
import nianbao.problems.ProblemStatistics;
import nianbao.problems.StatementKind;
import nianbao.problems.Taxonomy;
import nianbao.problems.Theme;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The plain-text report of {@code nianbao problems}. */
public final class ProblemsText {
    private ProblemsText() {}

    private static final int LIST_LIMIT = 20;

    public static void print(PrintWriter out, ProblemStatistics s, List<Theme> themes, Taxonomy taxonomy) {
        out.println("第五部分分析 (section 五 analysis): " + s.reports() + " 份报告 (reports)，分类表 (taxonomy) "
                + taxonomy.source());
        for (StatementKind kind : List.of(StatementKind.PROBLEM, StatementKind.REMEDY)) {
            out.println();
            out.println(kind == StatementKind.PROBLEM ? "== 问题类别 (problem categories)" : "== 改进措施类别 (remedy categories)");
            out.println("代码 code  语句 statements  报告 reports  占比 share  类别 category");
            for (ProblemStatistics.CategoryTotal c : s.categories()) {
                if (c.kind() != kind) continue;
                out.printf(Locale.ROOT, "%-8s %10d %12d %10s  %s%n", c.code(), c.statements(), c.reports(),
                        percent(c.share()), c.name());
            }
        }
        printGroups(out, s);
        out.println();
        out.println("== 常见“问题 → 措施”搭配 (most frequent problem → remedy pairings, reports naming both)");
        for (ProblemStatistics.Pairing p : s.pairings()) {
            out.println("  " + p.problem() + " → " + p.remedy() + "  " + p.reports() + "  （" + name(taxonomy, p.problem())
                    + " → " + name(taxonomy, p.remedy()) + "）");
        }
        out.println();
        out.println("== 典型表述 (representative examples)");
        s.examples().forEach((code, list) -> {
            out.println("  " + code + " " + name(taxonomy, code));
            for (ProblemStatistics.Example e : list) out.println("    [" + e.report() + " · " + e.reportId() + "] " + e.text());
        });
        out.println();
        out.println("== 第五部分缺失、为空或只有一方面 (section 五 missing, empty or one-sided): " + s.defective().size());
        for (ProblemStatistics.ReportRef r : s.defective()) {
            out.println("  " + r.report() + " · " + r.reportId() + "  " + r.balance().label() + " (" + r.balance().english()
                    + ")  " + r.source());
        }
        examples(out, "== 未归类的表述 (statements matching no category)", s.unmatched());
        examples(out, "== 泛泛而谈的表述 (vague statements)", s.vague());
        out.println();
        out.println("== 分类之外的主题 (themes beyond the taxonomy, problem statements clustered): " + themes.size());
        int i = 1;
        for (Theme t : themes) {
            out.println("  主题 theme " + i++ + "（" + t.size() + " 条 statements）: " + String.join("、", t.terms()));
            for (ProblemStatistics.Example e : t.examples()) out.println("    [" + e.report() + " · " + e.reportId() + "] " + e.text());
        }
        out.flush();
    }

    private static void printGroups(PrintWriter out, ProblemStatistics s) {
        out.println();
        out.println("== 按" + s.by().label() + " (by " + s.by().id() + "): 提及该类别的报告数（占比） reports naming each category (share)");
        StringBuilder head = new StringBuilder(String.format("%-8s", "code"));
        for (ProblemStatistics.GroupRow g : s.groups()) head.append(String.format("%16s", g.group() + " n=" + g.reports()));
        out.println(head);
        for (ProblemStatistics.CategoryTotal c : s.categories()) {
            if (c.reports() == 0) continue;
            StringBuilder row = new StringBuilder(String.format("%-8s", c.code()));
            for (ProblemStatistics.GroupRow g : s.groups()) {
                row.append(String.format("%16s", g.reportsNaming().getOrDefault(c.code(), 0) + " (" + percent(g.share(c.code())) + ")"));
            }
            out.println(row);
        }
    }

    private static void examples(PrintWriter out, String title, List<ProblemStatistics.Example> list) {
        out.println();
        out.println(title + ": " + list.size() + (list.size() > LIST_LIMIT ? "（列出前 " + LIST_LIMIT + " 条 first " + LIST_LIMIT + " shown）" : ""));
        for (ProblemStatistics.Example e : list.subList(0, Math.min(LIST_LIMIT, list.size()))) {
            out.println("  [" + e.kind().label() + " · " + e.report() + " · " + e.reportId() + "] " + e.text());
        }
    }

    private static String name(Taxonomy t, String code) {
        Category c = t.category(code);
        return c == null ? "?" : c.name();
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}

package nianbao.view;

import nianbao.problems.ProblemStatistics;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.util.Locale;

/**
 * The category × group table of {@code nianbao problems} as CSV, one row per group and category, with a first
 * block for all reports together (group {@code 全部}).
 */
public final class ProblemsCsv {
    private ProblemsCsv() {}

    public static final String ALL = "全部";

    public static void print(Appendable out, ProblemStatistics s) throws IOException {
        CSVPrinter csv = Csv.printer(out,
                "by", "group", "code", "kind", "category", "reports_in_group", "reports_naming", "share", "statements");
        for (ProblemStatistics.CategoryTotal c : s.categories()) {
            csv.printRecord(s.by().id(), ALL, c.code(), c.kind().id(), c.name(), s.reports(), c.reports(),
                    share(c.share()), c.statements());
        }
        for (ProblemStatistics.GroupRow g : s.groups()) {
            for (ProblemStatistics.CategoryTotal c : s.categories()) {
                csv.printRecord(s.by().id(), g.group(), c.code(), c.kind().id(), c.name(), g.reports(),
                        g.reportsNaming().getOrDefault(c.code(), 0), share(g.share(c.code())), "");
            }
        }
        csv.flush();
    }

    private static String share(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}

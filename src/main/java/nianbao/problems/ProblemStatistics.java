package nianbao.problems;

import java.util.List;
import java.util.Map;

/**
 * What section 五 says across a corpus. Shares are of reports: a report names a category when at least one of its
 * statements does.
 *
 * @param reports    how many reports were analysed
 * @param categories every category of the taxonomy, in taxonomy order, with its totals
 * @param by         the breakdown used for {@code groups}
 * @param groups     one row per group value (sorted), with the reports in it and the counts per category
 * @param pairings   problem → remedy categories named in the same report, most frequent first
 * @param examples   representative statements per category code, each linked to its report
 * @param defective  reports whose section 五 is missing, empty or one-sided
 * @param unmatched  problem and remedy statements matching no category (to grow the taxonomy)
 * @param vague      statements naming no concrete object, figure or measure
 */
public record ProblemStatistics(
        int reports,
        List<CategoryTotal> categories,
        Grouping by,
        List<GroupRow> groups,
        List<Pairing> pairings,
        Map<String, List<Example>> examples,
        List<ReportRef> defective,
        List<Example> unmatched,
        List<Example> vague) {

    /** @param statements statements classified under it; {@code reports} reports naming it; share of all reports */
    public record CategoryTotal(String code, StatementKind kind, String name, int statements, int reports, double share) {}

    /** Counts for one group value: reports in the group and, per category code, the reports naming it. */
    public record GroupRow(String group, int reports, Map<String, Integer> reportsNaming) {
        public double share(String code) {
            return reports == 0 ? 0 : reportsNaming.getOrDefault(code, 0) / (double) reports;
        }
    }

    public record Pairing(String problem, String remedy, int reports) {}

    /** A statement and the report it comes from. */
    public record Example(String reportId, String source, String report, StatementKind kind, List<String> categories,
                          String text) {}

    /** @param balanceLabel the balance in Chinese, for display */
    public record ReportRef(String reportId, String source, String report, Balance balance, String balanceLabel) {
        public ReportRef(String reportId, String source, String report, Balance balance) {
            this(reportId, source, report, balance, balance.label());
        }
    }
}

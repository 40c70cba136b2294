package nianbao.cli;

import java.util.HashMap;
import java.util.Map;

import nianbao.check.Checker;
import nianbao.check.Finding;
import nianbao.index.Findings;
import nianbao.index.Indexer;
import nianbao.model.Report;

/** The checker's findings on a report, counted by severity and by rule, for the index. */
final class CheckerCounts implements Indexer.FindingCounter {
    private final Checker checker = new Checker();

    @Override
    public Findings count(Report report) {
        Map<String, Integer> bySeverity = new HashMap<>();
        Map<String, Integer> byRule = new HashMap<>();
        for (Finding f : checker.check(report)) {
            bySeverity.merge(f.severity().id(), 1, Integer::sum);
            byRule.merge(f.rule(), 1, Integer::sum);
        }
        return new Findings(bySeverity, byRule);
    }
}

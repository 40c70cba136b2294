package nianbao.index;

import java.util.Map;
import java.util.TreeMap;

/**
 * How many findings the checker made on one report, by severity and by rule ID, stored with the report's documents
 * so searches can filter and facet on them. Zero counts may be left out.
 */
public record Findings(Map<String, Integer> bySeverity, Map<String, Integer> byRule) {
    public Findings {
        bySeverity = Map.copyOf(new TreeMap<>(bySeverity));
        byRule = Map.copyOf(new TreeMap<>(byRule));
    }

    /** Counts the checker's findings of one report. */
    public static Findings of(java.util.List<nianbao.check.Finding> findings) {
        return new Findings(nianbao.check.Checker.countBySeverity(findings), nianbao.check.Checker.countByRule(findings));
    }
}

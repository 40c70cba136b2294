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

    /**
     * The counts as one canonical string (zero counts left out, IDs in order), stored on the report document so a
     * later run can tell whether a report's counts changed without its bytes changing.
     */
    public String key() {
        StringBuilder b = new StringBuilder();
        append(b, "severity", bySeverity);
        append(b, "rule", byRule);
        return b.toString();
    }

    private static void append(StringBuilder b, String kind, Map<String, Integer> counts) {
        b.append(kind).append(':');
        new TreeMap<>(counts).forEach((id, n) -> {
            if (n != null && n > 0) b.append(id).append('=').append(n).append(',');
        });
        b.append(';');
    }

    /** Counts the checker's findings of one report. */
    public static Findings of(java.util.List<nianbao.check.Finding> findings) {
        return new Findings(nianbao.check.Checker.countBySeverity(findings), nianbao.check.Checker.countByRule(findings));
    }
}

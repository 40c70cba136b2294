package nianbao.index;

import java.util.Map;
import java.util.TreeMap;

/**
 * How many findings the checker made on one report, by severity and by rule ID: given by the caller, so the index
 * does not depend on the checker. Zero counts may be left out.
 */
public record Findings(Map<String, Integer> bySeverity, Map<String, Integer> byRule) {
    public Findings {
        bySeverity = Map.copyOf(new TreeMap<>(bySeverity));
        byRule = Map.copyOf(new TreeMap<>(byRule));
    }
}

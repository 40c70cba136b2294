package nianbao.check;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.util.List;

/**
 * One problem found in a report, under a rule ID of RULES.md.
 *
 * @param rule     the rule ID, e.g. {@code T3_BALANCE}
 * @param message  what is wrong, in Chinese
 * @param cells    the canonical cell IDs involved
 * @param expected the value the relation requires, where there are numbers
 * @param actual   the value found
 * @param evidence the text spans that show it
 */
@JsonPropertyOrder({"rule", "severity", "message", "cells", "expected", "actual", "evidence"})
public record Finding(String rule, Severity severity, String message, List<String> cells, BigDecimal expected,
                      BigDecimal actual, List<Evidence> evidence) {
    public Finding {
        cells = cells == null ? List.of() : List.copyOf(cells);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}

package nianbao.problems;

import nianbao.model.Level;
import nianbao.model.Region;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Section 五 of one report, split and classified; carries the report's identity so statistics and examples can
 * link back to it.
 */
public record ProblemSection(
        String reportId, String source, String agency, Integer year, Region region, Level level,
        Balance balance, List<Statement> statements) {

    public ProblemSection {
        region = region == null ? Region.UNKNOWN : region;
        statements = List.copyOf(statements);
    }

    public List<Statement> statements(StatementKind kind) {
        return statements.stream().filter(s -> s.kind() == kind).toList();
    }

    /** Distinct category codes named by statements of a kind, in order of first mention. */
    public Set<String> categories(StatementKind kind) {
        Set<String> codes = new LinkedHashSet<>();
        for (Statement s : statements) if (s.kind() == kind) codes.addAll(s.categories());
        return codes;
    }

    /** Short label for output: agency and year. */
    public String label() {
        return (agency == null ? "?" : agency) + (year == null ? "" : " " + year);
    }
}

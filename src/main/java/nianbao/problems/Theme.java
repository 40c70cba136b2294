package nianbao.problems;

import java.util.List;

/**
 * A cluster of similar statements found beyond the taxonomy.
 *
 * @param size     how many statements it holds
 * @param terms    the heaviest terms of its centre, heaviest first
 * @param examples the statements nearest its centre, linked to their reports
 */
public record Theme(int size, List<String> terms, List<ProblemStatistics.Example> examples) {
    public Theme {
        terms = List.copyOf(terms);
        examples = List.copyOf(examples);
    }
}

package nianbao.problems;

import java.util.List;

/**
 * One statement of section 五, classified.
 *
 * @param index      0-based position in the section
 * @param categories taxonomy codes of the statement's kind, in taxonomy order; empty when none matched
 * @param vague      names no concrete object, figure or measure (泛泛而谈)
 */
public record Statement(int index, StatementKind kind, String text, List<String> categories, boolean vague) {
    public Statement {
        categories = List.copyOf(categories);
    }
}

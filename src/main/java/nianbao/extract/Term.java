package nianbao.extract;

import java.math.BigDecimal;
import java.util.List;

/**
 * One equation a figure states about the tables: the sum of {@code cells} equals {@code value}. Most terms name one
 * cell; "行政诉讼案件2件" names the two suit groups' totals.
 */
public record Term(List<String> cells, BigDecimal value) {
    public Term {
        cells = List.copyOf(cells);
    }

    public static Term of(String cell, BigDecimal value) { return new Term(List.of(cell), value); }

    @Override
    public String toString() { return String.join("+", cells) + "=" + value.toPlainString(); }
}

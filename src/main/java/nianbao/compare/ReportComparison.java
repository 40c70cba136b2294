package nianbao.compare;

import nianbao.model.SectionKey;

import java.math.BigDecimal;
import java.util.List;

/** Two reports side by side: how alike each section is, which sentences they share, which table cells differ. */
public record ReportComparison(ReportRef a, ReportRef b, List<SectionSimilarity> sections, List<CellDifference> cells) {
    public ReportComparison {
        sections = List.copyOf(sections);
        cells = List.copyOf(cells);
    }

    /**
     * @param similarity narrative sections: Jaccard similarity of their shingles; table sections: the share of
     *                   cells (found in either report) holding the same value in both; null when neither report
     *                   has anything to compare there
     * @param shared     narrative sections: the sentences of A also in B (names and figures masked)
     */
    public record SectionSimilarity(SectionKey section, Double similarity, List<String> shared) {
        public SectionSimilarity {
            shared = List.copyOf(shared);
        }
    }

    /** A table cell whose value differs; a null value is a blank cell, {@code present} says whether it was found. */
    public record CellDifference(String id, BigDecimal a, BigDecimal b, boolean presentInA, boolean presentInB) {}
}

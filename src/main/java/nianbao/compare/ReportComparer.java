package nianbao.compare;

import nianbao.model.Report;
import nianbao.model.SectionKey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Compares two reports: one agency across years, or two agencies. */
public final class ReportComparer {
    private ReportComparer() {}

    public static ReportComparison compare(Report a, Report b) {
        List<String> namesA = TextKey.agencyNames(a.agency()), namesB = TextKey.agencyNames(b.agency());
        List<ReportComparison.SectionSimilarity> sections = new ArrayList<>();
        List<ReportComparison.CellDifference> diffs = new ArrayList<>();
        for (SectionKey key : SectionKey.values()) {
            if (key.isNarrative()) {
                String ta = a.sectionText(key), tb = b.sectionText(key);
                Double sim = ta.isBlank() && tb.isBlank() ? null
                        : Shingles.jaccard(Shingles.of(TextKey.of(ta, namesA)), Shingles.of(TextKey.of(tb, namesB)));
                sections.add(new ReportComparison.SectionSimilarity(key, sim,
                        SharedPassages.sentences(ta, namesA, tb, namesB)));
            } else {
                sections.add(new ReportComparison.SectionSimilarity(key, tableSimilarity(a, b, key, diffs), List.of()));
            }
        }
        return new ReportComparison(ReportRef.of(a), ReportRef.of(b), sections, diffs);
    }

    /** The cells of the section's table (t2, t3 or t4), adding those that differ to {@code diffs}. */
    private static Double tableSimilarity(Report a, Report b, SectionKey key, List<ReportComparison.CellDifference> diffs) {
        String prefix = switch (key) {
            case ACTIVE -> "t2.";
            case APPLICATIONS -> "t3.";
            case REVIEW -> "t4.";
            default -> throw new IllegalArgumentException(key.toString());
        };
        Set<String> ids = new LinkedHashSet<>();
        for (String id : a.cells().ids()) if (id.startsWith(prefix)) ids.add(id);
        for (String id : b.cells().ids()) if (id.startsWith(prefix)) ids.add(id);
        if (ids.isEmpty()) return null;
        int same = 0;
        for (String id : ids) {
            BigDecimal va = a.cells().get(id), vb = b.cells().get(id);
            boolean pa = a.cells().isPresent(id), pb = b.cells().isPresent(id);
            if (pa == pb && equal(va, vb)) same++;
            else diffs.add(new ReportComparison.CellDifference(id, va, vb, pa, pb));
        }
        return same / (double) ids.size();
    }

    private static boolean equal(BigDecimal x, BigDecimal y) {
        return Objects.equals(x, y) || (x != null && y != null && x.compareTo(y) == 0);
    }
}

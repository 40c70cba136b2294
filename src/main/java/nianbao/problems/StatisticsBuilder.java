package nianbao.problems;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Counts analysed sections into {@link ProblemStatistics}. */
public final class StatisticsBuilder {
    private final Taxonomy taxonomy;
    private int examplesPerCategory = 3;
    private int maxPairings = 20;

    public StatisticsBuilder(Taxonomy taxonomy) { this.taxonomy = taxonomy; }

    public StatisticsBuilder examplesPerCategory(int n) { this.examplesPerCategory = n; return this; }

    public StatisticsBuilder maxPairings(int n) { this.maxPairings = n; return this; }

    public ProblemStatistics build(List<ProblemSection> sections, Grouping by) {
        int n = sections.size();
        Map<String, Integer> statementCount = new HashMap<>();
        Map<String, Integer> reportCount = new HashMap<>();
        Map<String, Integer> groupSize = new TreeMap<>();
        Map<String, Map<String, Integer>> groupNaming = new TreeMap<>();
        Map<String, Integer> pairs = new HashMap<>();
        List<ProblemStatistics.ReportRef> defective = new ArrayList<>();
        List<ProblemStatistics.Example> unmatched = new ArrayList<>();
        List<ProblemStatistics.Example> vague = new ArrayList<>();
        for (ProblemSection s : sections) {
            String g = by.keyOf(s);
            groupSize.merge(g, 1, Integer::sum);
            Map<String, Integer> naming = groupNaming.computeIfAbsent(g, k -> new HashMap<>());
            Set<String> named = new HashSet<>();
            for (Statement st : s.statements()) {
                for (String c : st.categories()) statementCount.merge(c, 1, Integer::sum);
                named.addAll(st.categories());
                if (st.kind() != StatementKind.OTHER && st.categories().isEmpty()) unmatched.add(example(s, st));
                if (st.vague()) vague.add(example(s, st));
            }
            for (String c : named) {
                reportCount.merge(c, 1, Integer::sum);
                naming.merge(c, 1, Integer::sum);
            }
            for (String p : s.categories(StatementKind.PROBLEM)) {
                for (String r : s.categories(StatementKind.REMEDY)) pairs.merge(p + "\t" + r, 1, Integer::sum);
            }
            if (s.balance().isDefective()) {
                defective.add(new ProblemStatistics.ReportRef(s.reportId(), s.source(), s.label(), s.balance()));
            }
        }
        List<ProblemStatistics.CategoryTotal> totals = new ArrayList<>();
        for (Category c : taxonomy.categories()) {
            int reports = reportCount.getOrDefault(c.code(), 0);
            totals.add(new ProblemStatistics.CategoryTotal(c.code(), c.kind(), c.name(),
                    statementCount.getOrDefault(c.code(), 0), reports, n == 0 ? 0 : reports / (double) n));
        }
        List<ProblemStatistics.GroupRow> rows = new ArrayList<>();
        for (var e : groupSize.entrySet()) {
            Map<String, Integer> ordered = new LinkedHashMap<>();
            for (Category c : taxonomy.categories()) {
                Integer v = groupNaming.get(e.getKey()).get(c.code());
                if (v != null) ordered.put(c.code(), v);
            }
            rows.add(new ProblemStatistics.GroupRow(e.getKey(), e.getValue(), ordered));
        }
        return new ProblemStatistics(n, totals, by, rows, pairings(pairs), examples(sections), defective,
                unmatched, vague);
    }

    private List<ProblemStatistics.Pairing> pairings(Map<String, Integer> pairs) {
        List<String> order = taxonomy.categories().stream().map(Category::code).toList();
        return pairs.entrySet().stream()
                .map(e -> {
                    String[] pr = e.getKey().split("\t");
                    return new ProblemStatistics.Pairing(pr[0], pr[1], e.getValue());
                })
                .sorted(Comparator.comparingInt(ProblemStatistics.Pairing::reports).reversed()
                        .thenComparingInt(p -> order.indexOf(p.problem()))
                        .thenComparingInt(p -> order.indexOf(p.remedy())))
                .limit(maxPairings)
                .toList();
    }

    /**
     * Representative statements per category: specific ones first (fewest categories, not vague, close to a
     * typical length), from different reports.
     */
    private Map<String, List<ProblemStatistics.Example>> examples(List<ProblemSection> sections) {
        Map<String, List<ProblemStatistics.Example>> out = new LinkedHashMap<>();
        for (Category c : taxonomy.categories()) {
            List<Candidate> candidates = new ArrayList<>();
            for (ProblemSection s : sections) {
                for (Statement st : s.statements()) if (st.categories().contains(c.code())) candidates.add(new Candidate(s, st));
            }
            candidates.sort(Comparator.comparingInt((Candidate x) -> x.statement.categories().size())
                    .thenComparingInt(x -> Math.abs(x.statement.text().length() - TYPICAL_LENGTH))
                    .thenComparing(x -> x.section.reportId()));
            List<ProblemStatistics.Example> picked = new ArrayList<>();
            Set<String> reports = new HashSet<>();
            for (Candidate x : candidates) {
                if (picked.size() >= examplesPerCategory) break;
                if (reports.add(x.section.reportId())) picked.add(example(x.section, x.statement));
            }
            if (!picked.isEmpty()) out.put(c.code(), picked);
        }
        return out;
    }

    private static final int TYPICAL_LENGTH = 40;

    private record Candidate(ProblemSection section, Statement statement) {}

    static ProblemStatistics.Example example(ProblemSection s, Statement st) {
        return new ProblemStatistics.Example(s.reportId(), s.source(), s.label(), st.kind(), st.categories(), st.text());
    }
}

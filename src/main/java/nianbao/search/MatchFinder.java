package nianbao.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nianbao.index.TextNormalizer;

/**
 * Where the query's literals occur in a text, as the index matched them: the same normalisation, each space-separated
 * run of a literal found as a plain substring. Normalisation keeps offsets, so the spans sit exactly on the original
 * text.
 */
public final class MatchFinder {
    /** A match: {@code text.substring(start, end)}. */
    public record Span(int start, int end) {}

    private final List<String> runs;

    public MatchFinder(List<String> literals) {
        List<String> r = new ArrayList<>();
        for (String l : literals) r.addAll(LuceneQueries.runs(l));
        // Longest first, so where one literal contains another the longer match is kept.
        r.sort(Comparator.comparingInt(String::length).reversed());
        runs = List.copyOf(r);
    }

    /** Every match, in text order, overlaps merged. */
    public List<Span> find(String text) {
        String norm = TextNormalizer.normalize(text);
        List<Span> all = new ArrayList<>();
        for (String run : runs) {
            for (int i = norm.indexOf(run); i >= 0; i = norm.indexOf(run, i + 1)) all.add(new Span(i, i + run.length()));
        }
        all.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        List<Span> merged = new ArrayList<>();
        for (Span s : all) {
            if (!merged.isEmpty() && s.start() < merged.get(merged.size() - 1).end()) {
                Span last = merged.remove(merged.size() - 1);
                merged.add(new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }
}

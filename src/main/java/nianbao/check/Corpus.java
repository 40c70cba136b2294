package nianbao.check;

import nianbao.model.AgencyNames;
import nianbao.model.Report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The reports checked together. Rules across reports (previous year, copied text) look things up here; an expensive
 * structure over all reports (a near-duplicate index) is built once through {@link #shared}.
 */
public final class Corpus {
    private final List<Report> reports;
    private final Map<Object, Object> shared = new ConcurrentHashMap<>();

    public Corpus(List<Report> reports) {
        this.reports = List.copyOf(reports);
    }

    public static Corpus of(Report... reports) { return new Corpus(List.of(reports)); }

    public List<Report> reports() { return reports; }

    /** Whether two reports come from the same agency: names agree once normalised and the regions do not conflict. */
    public static boolean sameAgency(Report a, Report b) {
        return AgencyNames.same(a.agency(), a.region(), b.agency(), b.region());
    }

    /** The same agency's report for the year before, if the corpus holds it. */
    public Optional<Report> previousYear(Report r) {
        // a report checked on its own (as ingest checks them) has no other to look for: spare the name index
        if (r.year() == null || reports.size() == 1 && reports.get(0) == r) return Optional.empty();
        Map<String, List<Report>> byName = shared(Corpus.class, () -> reports.stream()
                .collect(Collectors.groupingBy(o -> AgencyNames.normalise(o.agency()))));
        return byName.getOrDefault(AgencyNames.normalise(r.agency()), List.of()).stream()
                .filter(o -> o != r && o.year() != null && o.year() == r.year() - 1 && sameAgency(o, r))
                .findFirst();
    }

    /** Every other report. */
    public List<Report> others(Report r) {
        return reports.stream().filter(o -> o != r && !Objects.equals(o.id(), r.id())).toList();
    }

    /** A value computed once per corpus and shared by every check (e.g. an index over all narratives). */
    @SuppressWarnings("unchecked")
    public <T> T shared(Object key, Supplier<T> compute) {
        return (T) shared.computeIfAbsent(key, k -> compute.get());
    }
}

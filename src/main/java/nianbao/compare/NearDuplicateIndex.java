package nianbao.compare;

import nianbao.model.Report;
import nianbao.model.SectionKey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Near-duplicate detection over a corpus: narrative sections as 5-character shingles, one-permutation MinHash
 * signatures of 128 bins, and locality-sensitive hashing in 32 bands of 4 bins, so that finding the reports like
 * a given one, or all groups of like reports, costs about linear time instead of comparing every pair.
 *
 * <p>The API the COPIED_TEXT rule uses:
 * <pre>{@code
 * NearDuplicateIndex index = NearDuplicateIndex.of(reports);     // keeps the reports, for shared passages
 * for (NearCopy c : index.similarTo(report, 5)) {
 *     c.kind();                     // EARLIER_YEAR 照搬往年, OTHER_AGENCY 内容雷同, SAME_AGENCY
 *     c.other();                    // which report
 *     for (SectionCopy s : c.sections()) { s.section(); s.similarity(); s.passages(); }
 * }
 * }</pre>
 * For a corpus too large to keep in memory, build with {@code new NearDuplicateIndex(threshold, false)} and
 * {@link #addAll}: only signatures are kept, similarities are MinHash estimates and passages are left empty.
 *
 * <p>Not thread-safe; {@link #addAll} uses the common fork-join pool to fingerprint a batch.
 */
public final class NearDuplicateIndex {
    public static final double DEFAULT_THRESHOLD = 0.5;
    static final int BANDS = 32;
    static final int ROWS = MinHash.SIZE / BANDS;
    /** Candidates verified per query at most (see {@link #candidates}). */
    static final int MAX_CANDIDATES = 2_000;

    private final double threshold;
    private final boolean keepReports;
    private final List<ReportRef> refs = new ArrayList<>();
    private final List<Report> reports = new ArrayList<>();
    private final List<Fingerprint> prints = new ArrayList<>();
    /** Per section and band: (band hash << 32 | document), sorted; rebuilt when documents were added. */
    private long[][][] bands;

    public NearDuplicateIndex(double threshold, boolean keepReports) {
        if (threshold <= 0 || threshold > 1) throw new IllegalArgumentException("threshold must be in (0, 1]");
        this.threshold = threshold;
        this.keepReports = keepReports;
    }

    /** An index of these reports, kept in memory so results carry exact similarities and shared passages. */
    public static NearDuplicateIndex of(Collection<Report> reports) {
        NearDuplicateIndex index = new NearDuplicateIndex(DEFAULT_THRESHOLD, true);
        index.addAll(new ArrayList<>(reports));
        return index;
    }

    public double threshold() { return threshold; }

    public int size() { return refs.size(); }

    public void add(Report r) { addAll(List.of(r)); }

    /** Fingerprints a batch in parallel and adds it in order. */
    public void addAll(List<Report> batch) {
        List<Fingerprint> fps = batch.parallelStream().map(Fingerprint::of).toList();
        for (int i = 0; i < batch.size(); i++) {
            refs.add(ReportRef.of(batch.get(i)));
            reports.add(keepReports ? batch.get(i) : null);
            prints.add(fps.get(i));
        }
        bands = null;
    }

    /**
     * The other reports of the index with at least one narrative section at or above the threshold, most similar
     * first (by best section, then overall); a report with the same id as {@code r} is left out.
     */
    public List<NearCopy> similarTo(Report r, int limit) {
        Fingerprint fp = Fingerprint.of(r);
        ReportRef self = ReportRef.of(r);
        // 1. every candidate by its MinHash estimate (cheap), with a margin below the threshold for estimate error
        List<Ranked> rough = new ArrayList<>();
        for (int doc : candidates(fp)) {
            if (refs.get(doc).id().equals(r.id())) continue;
            NearCopy c = compare(r, self, fp, null, doc, false, threshold - ESTIMATE_MARGIN);
            if (c != null) rough.add(new Ranked(doc, c));
        }
        rough.sort(Comparator.comparing(Ranked::copy, BY_SIMILARITY));
        // 2. exact similarity and shared passages only for the best few, where the texts are kept
        List<NearCopy> out = new ArrayList<>();
        long[][] own = new long[Fingerprint.SECTIONS.size()][]; // the query's shingles, made once when needed
        for (Ranked c : rough.subList(0, Math.min(rough.size(), limit + EXACT_EXTRA))) {
            NearCopy exact = reports.get(c.doc()) == null ? c.copy().atThreshold(threshold)
                    : compare(r, self, fp, own, c.doc(), true, threshold);
            if (exact != null) out.add(exact);
        }
        out.sort(BY_SIMILARITY);
        return out.size() > limit ? new ArrayList<>(out.subList(0, limit)) : out;
    }

    /** How far below the threshold an estimate may fall and still be checked exactly (MinHash error, 128 bins). */
    private static final double ESTIMATE_MARGIN = 0.1;
    /** Candidates checked exactly beyond those asked for, in case exact similarity reorders them. */
    private static final int EXACT_EXTRA = 5;

    private static final Comparator<NearCopy> BY_SIMILARITY = Comparator.comparingDouble(NearCopy::best).reversed()
            .thenComparing(Comparator.comparingDouble(NearCopy::overall).reversed())
            .thenComparing(c -> c.other().id());

    private record Ranked(int doc, NearCopy copy) {}

    /**
     * How a document compares with the query, section by section; null when no section reaches {@code minimum}.
     * Exact: Jaccard of the shingles and the shared passages (the texts must be kept); else the MinHash estimate.
     */
    private NearCopy compare(Report r, ReportRef self, Fingerprint fp, long[][] own, int doc, boolean exact,
                             double minimum) {
        Fingerprint other = prints.get(doc);
        Report otherReport = reports.get(doc);
        List<String> names = exact ? TextKey.agencyNames(r.agency()) : List.of();
        List<String> otherNames = exact ? TextKey.agencyNames(otherReport.agency()) : List.of();
        List<SectionCopy> sections = new ArrayList<>();
        double weighted = 0, weights = 0;
        for (int s = 0; s < Fingerprint.SECTIONS.size(); s++) {
            if (fp.signatures()[s] == null || other.signatures()[s] == null) continue;
            SectionKey key = Fingerprint.SECTIONS.get(s);
            if (exact && own[s] == null) own[s] = Fingerprint.shingles(r, key, names);
            double sim = exact
                    ? Shingles.jaccard(own[s], Fingerprint.shingles(otherReport, key, otherNames))
                    : MinHash.similarity(fp.signatures()[s], other.signatures()[s]);
            double w = fp.sizes()[s] + other.sizes()[s];
            weighted += sim * w;
            weights += w;
            if (sim < minimum) continue;
            List<String> passages = exact
                    ? SharedPassages.passages(r.sectionText(key), names, otherReport.sectionText(key), otherNames)
                    : List.of();
            sections.add(new SectionCopy(key, sim, exact, passages));
        }
        if (sections.isEmpty()) return null;
        sections.sort(Comparator.comparingDouble(SectionCopy::similarity).reversed());
        ReportRef o = refs.get(doc);
        return new NearCopy(o, CopyKind.of(self, o), weighted / weights, sections);
    }

    /**
     * Documents sharing at least one band with a fingerprint. When boilerplate puts more than
     * {@link #MAX_CANDIDATES} in the query's buckets, those sharing the most bands are kept: the expected number of
     * shared bands grows with similarity (32·J⁴ per section), so the most similar survive.
     */
    private int[] candidates(Fingerprint fp) {
        long[][][] t = tables();
        int[] hits = new int[refs.size()];
        int distinct = 0;
        for (int s = 0; s < Fingerprint.SECTIONS.size(); s++) {
            int[] sig = fp.signatures()[s];
            if (sig == null) continue;
            for (int b = 0; b < BANDS; b++) {
                long[] table = t[s][b];
                long key = (long) bandHash(sig, b) << 32;
                for (int i = lowerBound(table, key); i < table.length && (table[i] & 0xFFFFFFFF00000000L) == key; i++) {
                    if (hits[(int) table[i]]++ == 0) distinct++;
                }
            }
        }
        int floor = 1;
        if (distinct > MAX_CANDIDATES) {
            // the smallest hit count that keeps at most MAX_CANDIDATES documents
            int[] byCount = new int[Fingerprint.SECTIONS.size() * BANDS + 2];
            for (int h : hits) byCount[h]++;
            int kept = 0;
            floor = byCount.length - 1;
            while (floor > 1 && kept + byCount[floor - 1] <= MAX_CANDIDATES) kept += byCount[--floor];
        }
        int[] out = new int[Math.min(distinct, MAX_CANDIDATES)];
        int k = 0;
        for (int doc = 0; doc < hits.length; doc++) if (hits[doc] >= floor) out[k++] = doc;
        // the next level fills what room is left, in index order
        for (int doc = 0; doc < hits.length && k < out.length && floor > 1; doc++) if (hits[doc] == floor - 1) out[k++] = doc;
        return k == out.length ? out : Arrays.copyOf(out, k);
    }

    private static int lowerBound(long[] a, long key) {
        int lo = 0, hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /**
     * All near-duplicates in the index: groups of reports of different agencies sharing a section (内容雷同, found
     * through the LSH bands and joined when a member is at least {@code threshold} like a neighbour in a bucket) and
     * reports repeating the same agency's previous report (照搬往年, each agency's reports compared year to year).
     */
    public DuplicateFindings findDuplicates() {
        List<DuplicateFindings.BoilerplateGroup> groups = new ArrayList<>();
        for (int s = 0; s < Fingerprint.SECTIONS.size(); s++) groups.addAll(boilerplate(s));
        groups.sort(Comparator.comparingInt((DuplicateFindings.BoilerplateGroup g) -> g.members().size()).reversed()
                .thenComparing(Comparator.comparingDouble(DuplicateFindings.BoilerplateGroup::similarity).reversed()));
        return new DuplicateFindings(refs.size(), groups, repeats());
    }

    private List<DuplicateFindings.BoilerplateGroup> boilerplate(int s) {
        long[][][] t = tables();
        UnionFind uf = new UnionFind(refs.size());
        for (int b = 0; b < BANDS; b++) {
            long[] table = t[s][b];
            int start = 0;
            while (start < table.length) {
                int end = start + 1;
                while (end < table.length && (table[end] >>> 32) == (table[start] >>> 32)) end++;
                // One comparison with the bucket's first member and one with the previous: linear in the bucket,
                // however large the shared boilerplate makes it.
                int leader = (int) table[start];
                for (int i = start + 1; i < end; i++) {
                    int doc = (int) table[i], prev = (int) table[i - 1];
                    if (uf.find(doc) == uf.find(leader)) continue;
                    if (estimate(s, leader, doc) >= threshold) uf.union(leader, doc);
                    else if (estimate(s, prev, doc) >= threshold) uf.union(prev, doc);
                }
                start = end;
            }
        }
        Map<Integer, List<Integer>> components = new LinkedHashMap<>();
        for (int doc = 0; doc < refs.size(); doc++) {
            if (prints.get(doc).signatures()[s] == null) continue;
            components.computeIfAbsent(uf.find(doc), k -> new ArrayList<>()).add(doc);
        }
        List<DuplicateFindings.BoilerplateGroup> out = new ArrayList<>();
        for (List<Integer> members : components.values()) {
            if (members.size() < 2) continue;
            long agencies = agencies(members);
            if (agencies < 2) continue;
            out.add(group(s, members, (int) agencies));
        }
        return out;
    }

    private DuplicateFindings.BoilerplateGroup group(int s, List<Integer> members, int agencies) {
        int rep = members.get(0);
        double sum = 0;
        int closest = -1;
        double closestSim = -1;
        for (int d : members.subList(1, members.size())) {
            double sim = estimate(s, rep, d);
            sum += sim;
            if (sim > closestSim && !refs.get(d).sameAgency(refs.get(rep))) {
                closestSim = sim;
                closest = d;
            }
        }
        SectionKey key = Fingerprint.SECTIONS.get(s);
        List<String> passages = closest >= 0 ? passages(rep, closest, key) : List.of();
        List<ReportRef> refsOut = members.stream().map(refs::get).toList();
        return new DuplicateFindings.BoilerplateGroup(key, refsOut, agencies, sum / (members.size() - 1), passages);
    }

    private List<DuplicateFindings.YearRepeat> repeats() {
        Map<String, List<Integer>> byAgency = new HashMap<>();
        for (int doc = 0; doc < refs.size(); doc++) {
            if (refs.get(doc).year() != null) byAgency.computeIfAbsent(refs.get(doc).agencyKey(), k -> new ArrayList<>()).add(doc);
        }
        List<DuplicateFindings.YearRepeat> out = new ArrayList<>();
        for (List<Integer> docs : byAgency.values()) {
            if (docs.size() < 2) continue;
            docs.sort(Comparator.comparingInt((Integer d) -> refs.get(d).year()).thenComparingInt(d -> d));
            for (int i = 1; i < docs.size(); i++) {
                int later = docs.get(i);
                int earlier = latestBefore(docs, i);
                if (earlier < 0) continue;
                for (int s = 0; s < Fingerprint.SECTIONS.size(); s++) {
                    if (prints.get(earlier).signatures()[s] == null || prints.get(later).signatures()[s] == null) continue;
                    SectionKey key = Fingerprint.SECTIONS.get(s);
                    boolean exact = reports.get(earlier) != null && reports.get(later) != null;
                    double sim = exact ? exact(earlier, later, key) : estimate(s, earlier, later);
                    if (sim < threshold) continue;
                    out.add(new DuplicateFindings.YearRepeat(refs.get(earlier), refs.get(later), key, sim, exact,
                            passages(later, earlier, key)));
                }
            }
        }
        out.sort(Comparator.comparingDouble(DuplicateFindings.YearRepeat::similarity).reversed()
                .thenComparing(r -> r.later().id()));
        return out;
    }

    /** The last document of an earlier year than {@code docs[i]}, or -1. */
    /** The latest earlier-year report of the same agency (a namesake elsewhere shares the key, not the agency). */
    private int latestBefore(List<Integer> docs, int i) {
        ReportRef later = refs.get(docs.get(i));
        for (int j = i - 1; j >= 0; j--) {
            ReportRef r = refs.get(docs.get(j));
            if (r.year() < later.year() && r.sameAgency(later)) return docs.get(j);
        }
        return -1;
    }

    /** How many different agencies the members are: each counted once, however many years it has there. */
    private long agencies(List<Integer> members) {
        Map<String, List<ReportRef>> byKey = new HashMap<>(); // namesakes share a key: compare only within it
        long count = 0;
        for (int d : members) {
            ReportRef r = refs.get(d);
            List<ReportRef> seen = byKey.computeIfAbsent(r.agencyKey(), k -> new ArrayList<>());
            if (seen.stream().noneMatch(r::sameAgency)) {
                seen.add(r);
                count++;
            }
        }
        return count;
    }

    private double estimate(int s, int a, int b) {
        return MinHash.similarity(prints.get(a).signatures()[s], prints.get(b).signatures()[s]);
    }

    private double exact(int a, int b, SectionKey key) {
        Report ra = reports.get(a), rb = reports.get(b);
        return Shingles.jaccard(Fingerprint.shingles(ra, key, TextKey.agencyNames(ra.agency())),
                Fingerprint.shingles(rb, key, TextKey.agencyNames(rb.agency())));
    }

    private List<String> passages(int a, int b, SectionKey key) {
        Report ra = reports.get(a), rb = reports.get(b);
        if (ra == null || rb == null) return List.of();
        return SharedPassages.passages(ra.sectionText(key), TextKey.agencyNames(ra.agency()),
                rb.sectionText(key), TextKey.agencyNames(rb.agency()));
    }

    private long[][][] tables() {
        if (bands != null) return bands;
        int n = refs.size();
        long[][][] t = new long[Fingerprint.SECTIONS.size()][BANDS][];
        java.util.stream.IntStream.range(0, Fingerprint.SECTIONS.size() * BANDS).parallel().forEach(sb -> {
            int s = sb / BANDS, b = sb % BANDS;
            long[] table = new long[n];
            int k = 0;
            for (int doc = 0; doc < n; doc++) {
                int[] sig = prints.get(doc).signatures()[s];
                if (sig != null) table[k++] = (long) bandHash(sig, b) << 32 | doc;
            }
            table = Arrays.copyOf(table, k);
            Arrays.sort(table);
            t[s][b] = table;
        });
        bands = t;
        return t;
    }

    /** A 32-bit hash of one band's bins, as an unsigned value so packed keys sort by it. */
    private static int bandHash(int[] sig, int band) {
        long h = band;
        for (int i = band * ROWS; i < (band + 1) * ROWS; i++) h = h * 0x9E3779B97F4A7C15L + sig[i];
        return (int) (Shingles.mix(h) >>> 33);
    }

    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) parent[i] = i;
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        /** Joins two sets; the smaller root wins, so a group's root is its earliest document. */
        void union(int a, int b) {
            int ra = find(a), rb = find(b);
            if (ra == rb) return;
            if (ra < rb) parent[rb] = ra;
            else parent[ra] = rb;
        }
    }
}

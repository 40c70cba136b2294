package nianbao.check;

import nianbao.extract.Figure;
import nianbao.model.CellIds;
import nianbao.extract.FigureExtractor;
import nianbao.extract.Sentences;
import nianbao.model.FormatVersion;
import nianbao.model.Report;
import nianbao.model.Section;
import nianbao.model.SectionKey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What a rule sees: the report, its narrative figures (extracted once), the corpus, and evidence helpers. */
public final class CheckContext {
    private final Report report;
    private final Corpus corpus;
    private List<Figure> figures;
    // worked out once per report, for the many rules that ask
    private List<String> t3ResultRows;
    private List<String> t3Rows;
    /** {@link #t3ResultCells} by column index, built when first asked. */
    private final List<List<String>> t3ResultCells = new ArrayList<>(Collections.nCopies(CellIds.T3_COLUMNS.size(), null));
    private final Map<Section, List<Sentences.Span>> sentences = new IdentityHashMap<>();

    public CheckContext(Report report, Corpus corpus) {
        this(report, corpus, null);
    }

    /** With the report's figures already extracted (null: extract them when a rule first asks). */
    public CheckContext(Report report, Corpus corpus, List<Figure> figures) {
        this.report = report;
        this.corpus = corpus == null ? Corpus.of(report) : corpus;
        this.figures = figures;
    }

    public Report report() { return report; }

    public Corpus corpus() { return corpus; }

    /** The table version, 2021 when no table told (the format in force since the 2021 reports). */
    public FormatVersion version() {
        if (report.format() != null) return report.format();
        return report.year() != null && report.year() < 2021 ? FormatVersion.V2019 : FormatVersion.V2021;
    }

    /**
     * The result rows of table 三 as this report prints them: a 2021-version table that prints （六）其他处理 as the
     * single 2019 row has {@code other} in place of the three sub-items. Read-only, worked out once per report.
     */
    public List<String> t3ResultRows() {
        if (t3ResultRows == null) {
            List<String> rows = new ArrayList<>(CellIds.t3ResultRows(version()));
            if (singleOtherRow()) {
                rows.removeAll(CellIds.T3_OTHER_2021);
                rows.addAll(CellIds.T3_OTHER_2019);
            }
            t3ResultRows = Collections.unmodifiableList(rows);
        }
        return t3ResultRows;
    }

    /**
     * The cells of table 三 column {@code column} (an index of {@link CellIds#T3_COLUMNS}) in the result rows as
     * printed ({@link #t3ResultRows()}), in order. Read-only, built once per report for the rules that sum them.
     */
    public List<String> t3ResultCells(int column) {
        if (t3ResultCells.get(column) == null) {
            List<String> ids = new ArrayList<>(t3ResultRows().size());
            for (String r : t3ResultRows()) ids.add(CellIds.t3RowIds(r).get(column));
            t3ResultCells.set(column, Collections.unmodifiableList(ids));
        }
        return t3ResultCells.get(column);
    }

    /** All rows of table 三 as printed (see {@link #t3ResultRows()}). Read-only. */
    public List<String> t3Rows() {
        if (t3Rows == null) {
            List<String> rows = new ArrayList<>(List.of("new", "carried_in"));
            rows.addAll(t3ResultRows());
            rows.add("result_total");
            rows.add("carried_out");
            t3Rows = Collections.unmodifiableList(rows);
        }
        return t3Rows;
    }

    /** A 2021-version table with the single （六）其他处理 row of 2019 instead of its three sub-items. */
    public boolean singleOtherRow() {
        if (version() != FormatVersion.V2021 || !report.cells().isPresent(CellIds.t3("other", "total"))) return false;
        for (String r : CellIds.T3_OTHER_2021) {
            for (String c : CellIds.T3_COLUMNS) if (report.cells().get(CellIds.t3(r, c)) != null) return false;
        }
        return true;
    }

    public List<Figure> figures() {
        if (figures == null) figures = FigureExtractor.figures(report, this::sentences);
        return figures;
    }

    /** The sentences of a section of the report ({@link Sentences#split}), split once for every rule. Read-only. */
    public List<Sentences.Span> sentences(Section section) {
        return sentences.computeIfAbsent(section, s -> Collections.unmodifiableList(Sentences.split(s.text())));
    }

    public BigDecimal cell(String id) { return report.cells().get(id); }

    /** True when any cell of the table (prefix {@code t2.}, {@code t3.}, {@code t4.}) was found. */
    public boolean hasTable(String prefix) {
        return report.cells().hasIdStartingWith(prefix);
    }

    /** A sum of cells, or the cells that kept it from being computed. */
    public record Sum(BigDecimal value, List<String> missing) {
        public boolean known() { return missing.isEmpty(); }
    }

    public Sum sum(Collection<String> ids) {
        BigDecimal total = BigDecimal.ZERO;
        List<String> missing = null; // most sums miss nothing: no list for them
        for (String id : ids) {
            BigDecimal v = report.cells().get(id);
            if (v != null) total = total.add(v);
            else {
                if (missing == null) missing = new ArrayList<>();
                missing.add(id);
            }
        }
        return missing == null ? new Sum(total, List.of()) : new Sum(null, missing);
    }

    // ---- evidence ----

    /** The printed rows of the cells, each row once, as the parser read them. */
    public List<Evidence> rows(Collection<String> cellIds) {
        Set<Evidence> out = new LinkedHashSet<>();
        for (String id : cellIds) report.cells().origin(id).ifPresent(o -> out.add(textEvidence(o.start(), o.end())));
        if (out.isEmpty() && !cellIds.isEmpty()) {
            String first = cellIds.iterator().next();
            SectionKey key = first.startsWith("t2") ? SectionKey.ACTIVE
                    : first.startsWith("t3") ? SectionKey.APPLICATIONS : SectionKey.REVIEW;
            section(key, 120).ifPresent(out::add);
        }
        return new ArrayList<>(out);
    }

    /** The start of a section (up to {@code max} characters), or empty when the report lacks it. */
    public Optional<Evidence> section(SectionKey key, int max) {
        Optional<Section> s = report.section(key);
        if (s.isEmpty()) return Optional.empty();
        String t = s.get().text();
        int end = Math.min(t.length(), max);
        return Optional.of(new Evidence(key.id(), 0, end, t.substring(0, end)));
    }

    /**
     * A span of {@link Report#text()}: in the section that holds it (offsets in that section), or, for the preamble
     * before the first section, under the pseudo-section {@code text} with offsets in the whole text.
     */
    public Evidence textEvidence(int start, int end) {
        for (Section s : report.sections()) {
            if (start >= s.start() && end <= s.end()) {
                return new Evidence(s.key().id(), start - s.start(), end - s.start(), s.text().substring(start - s.start(), end - s.start()));
            }
        }
        return new Evidence("text", start, end, report.text().substring(start, end));
    }

    /** The sentence that states a figure. */
    public static Evidence evidence(Figure f) {
        return new Evidence(f.section(), f.sentenceStart(), f.sentenceEnd(), f.sentence());
    }

    // ---- findings ----

    public static Finding finding(Rule rule, Severity severity, String message, List<String> cells,
                                  BigDecimal expected, BigDecimal actual, List<Evidence> evidence) {
        return new Finding(rule.id(), severity, message, cells, expected, actual, evidence);
    }

    /** A check of {@code rule} that could not be evaluated: says what was missing (RULES.md: not an error). */
    public Finding uncheckable(Rule rule, Collection<String> missing, String what) {
        List<String> cells = new ArrayList<>(new LinkedHashSet<>(missing));
        String list = cells.size() <= 8 ? String.join("、", cells)
                : String.join("、", cells.subList(0, 8)) + " 等" + cells.size() + "个单元格";
        return new Finding("T_UNCHECKABLE", Severity.INFO,
                rule.id() + "（" + rule.title() + "）无法核对" + (what == null ? "" : what) + "：缺少或空白 " + list,
                cells, null, null, rows(cells));
    }
}

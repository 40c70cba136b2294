package nianbao.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The table cells of a report under their canonical IDs. A cell that was found but is blank, {@code /} or {@code -}
 * is present with a null value; a cell whose row is absent from the report is not present at all.
 */
public final class Cells {
    /** Where a cell's row is printed: offsets into {@link Report#text()}, end exclusive. */
    public record Origin(int start, int end) {}

    private final Map<String, BigDecimal> values;
    private final Map<String, Origin> origins;
    /**
     * The canonical cells' values under {@link CellIds#index} (null: blank or absent) and whether each was found:
     * the rules read them many times per report, an array read where a map lookup cost a tenth of the checker.
     */
    private final BigDecimal[] canonical = new BigDecimal[CellIds.canonicalCount()];
    private final boolean[] found = new boolean[CellIds.canonicalCount()];
    /** Whether an ID of table 二, 三, 四 ({@code t2.}, {@code t3.}, {@code t4.}) was found, by table number minus 2. */
    private final boolean[] tables = new boolean[3];

    public Cells(Map<String, BigDecimal> values, Map<String, Origin> origins) {
        this(values, origins, true);
    }

    private Cells(Map<String, BigDecimal> values, Map<String, Origin> origins, boolean copy) {
        this.values = Collections.unmodifiableMap(copy ? new LinkedHashMap<>(values) : values);
        this.origins = copy ? Map.copyOf(origins) : Collections.unmodifiableMap(origins);
        for (Map.Entry<String, BigDecimal> e : this.values.entrySet()) {
            String id = e.getKey();
            int table = tableOf(id);
            if (table >= 0) tables[table] = true;
            int n = CellIds.index(id);
            if (n >= 0) {
                canonical[n] = e.getValue();
                found[n] = true;
            }
        }
    }

    /**
     * Cells over maps the caller built for them and hands over, without the two copies the constructor makes (about
     * 230 entries each per report; a tenth of the parser's time when measured). The caller must not change either
     * map afterwards.
     */
    public static Cells handedOver(LinkedHashMap<String, BigDecimal> values, Map<String, Origin> origins) {
        return new Cells(values, origins, false);
    }

    public Cells(Map<String, BigDecimal> values) { this(values, Map.of()); }

    public static Cells empty() { return new Cells(Map.of()); }

    /** The printed row the cell was read from, when the parser recorded it. */
    public java.util.Optional<Origin> origin(String id) { return java.util.Optional.ofNullable(origins.get(id)); }

    /** True when the cell was found in the report (its value may still be null). */
    public boolean isPresent(String id) {
        int n = CellIds.index(id);
        return n >= 0 ? found[n] : values.containsKey(id);
    }

    /** The value, or null when blank or absent. */
    public BigDecimal get(String id) {
        int n = CellIds.index(id);
        return n >= 0 ? canonical[n] : values.get(id);
    }

    /** The value as a whole number, or null when blank, absent or not whole. */
    public Long getLong(String id) {
        BigDecimal v = get(id);
        if (v == null) return null;
        try {
            return v.longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    public Set<String> ids() { return values.keySet(); }

    /**
     * True when an ID starting with {@code prefix} was found. For the tables' prefixes {@code t2.}, {@code t3.},
     * {@code t4.} (what the rules ask) this was noted while the cells were stored, instead of a walk over the IDs.
     */
    public boolean hasIdStartingWith(String prefix) {
        int table = prefix.length() == 3 ? tableOf(prefix) : -1;
        if (table >= 0) return tables[table];
        for (String id : values.keySet()) if (id.startsWith(prefix)) return true;
        return false;
    }

    /** 0, 1, 2 for an ID (or prefix) starting with {@code t2.}, {@code t3.}, {@code t4.}; else -1. */
    private static int tableOf(String id) {
        if (id.length() < 3 || id.charAt(0) != 't' || id.charAt(2) != '.') return -1;
        int t = id.charAt(1) - '2';
        return t >= 0 && t <= 2 ? t : -1;
    }

    /** Found cells in the order the parser recorded them. */
    public Map<String, BigDecimal> asMap() { return values; }

    /** Every canonical ID of the version (null where absent), then any extra cells found. */
    public Map<String, BigDecimal> complete(FormatVersion v) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        if (v != null) for (String id : CellIds.all(v)) out.put(id, values.get(id));
        for (Map.Entry<String, BigDecimal> e : values.entrySet()) out.putIfAbsent(e.getKey(), e.getValue());
        return out;
    }

    public int size() { return values.size(); }

    @Override
    public boolean equals(Object o) { return o instanceof Cells c && c.values.equals(values); }

    @Override
    public int hashCode() { return values.hashCode(); }

    @Override
    public String toString() { return values.toString(); }
}

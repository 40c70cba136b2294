package nianbao.check;

import nianbao.model.CellIds;
import nianbao.model.FormatVersion;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link CellIds} the rules ask for, the same strings each time. Every report needs the same few hundred IDs; an
 * ID built anew for each lookup is a new string whose hash must be computed again, which made the table rules slow.
 */
public final class CachedCellIds {
    private CachedCellIds() {}

    private static final Map<FormatVersion, List<String>> ALL = new EnumMap<>(FormatVersion.class);

    static {
        for (FormatVersion v : FormatVersion.values()) ALL.put(v, CellIds.all(v));
    }

    /** {@link CellIds#t3}, which hands out one string per canonical cell. */
    public static String t3(String row, String column) {
        return CellIds.t3(row, column);
    }

    /** {@link CellIds#t4}, which hands out one string per canonical cell. */
    public static String t4(String group, String column) {
        return CellIds.t4(group, column);
    }

    /** {@link CellIds#all}, the same list each time. */
    public static List<String> all(FormatVersion v) {
        return ALL.get(v);
    }
}

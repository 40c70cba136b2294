package nianbao.check;

import nianbao.model.CellIds;
import nianbao.model.FormatVersion;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link CellIds} the rules ask for, built once. Every report needs the same few hundred IDs; an ID built anew
 * for each lookup is a new string whose hash must be computed again, which made the table rules slow.
 */
public final class CachedCellIds {
    private CachedCellIds() {}

    private static final Map<String, Map<String, String>> T3 = new HashMap<>();
    private static final Map<String, Map<String, String>> T4 = new HashMap<>();
    private static final Map<FormatVersion, List<String>> ALL = new EnumMap<>(FormatVersion.class);

    static {
        for (FormatVersion v : FormatVersion.values()) {
            ALL.put(v, CellIds.all(v));
            for (String r : CellIds.t3Rows(v)) {
                for (String c : CellIds.T3_COLUMNS) T3.computeIfAbsent(r, k -> new HashMap<>()).put(c, CellIds.t3(r, c));
            }
        }
        for (String g : CellIds.T4_GROUPS) {
            for (String c : CellIds.T4_COLUMNS) T4.computeIfAbsent(g, k -> new HashMap<>()).put(c, CellIds.t4(g, c));
        }
    }

    /** {@link CellIds#t3}, the same string each time for the rows and columns of the format. */
    public static String t3(String row, String column) {
        String id = lookUp(T3, row, column);
        return id != null ? id : CellIds.t3(row, column);
    }

    /** {@link CellIds#t4}, the same string each time for the groups and columns of the format. */
    public static String t4(String group, String column) {
        String id = lookUp(T4, group, column);
        return id != null ? id : CellIds.t4(group, column);
    }

    private static String lookUp(Map<String, Map<String, String>> ids, String row, String column) {
        Map<String, String> byColumn = ids.get(row);
        return byColumn == null ? null : byColumn.get(column);
    }

    /** {@link CellIds#all}, the same list each time. */
    public static List<String> all(FormatVersion v) {
        return ALL.get(v);
    }
}

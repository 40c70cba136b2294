package nianbao.check;

import nianbao.model.CellIds;
import nianbao.model.FormatVersion;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link CellIds} the rules ask for, the same strings each time. Every report needs the same few hundred IDs; an
 * ID built anew for each lookup is a new string whose hash must be computed again, which made the table rules slow.
 */
public final class CachedCellIds {
    private CachedCellIds() {}

    private static final Map<FormatVersion, List<String>> ALL = new EnumMap<>(FormatVersion.class);
    /** Each table 三 row's cell IDs, in the order of {@link CellIds#T3_COLUMNS}. */
    private static final Map<String, List<String>> T3_ROWS = new HashMap<>();

    static {
        for (FormatVersion v : FormatVersion.values()) {
            ALL.put(v, CellIds.all(v));
            for (String r : CellIds.t3Rows(v)) T3_ROWS.computeIfAbsent(r, CachedCellIds::buildT3Row);
        }
    }

    private static List<String> buildT3Row(String row) {
        List<String> ids = new ArrayList<>(CellIds.T3_COLUMNS.size());
        for (String c : CellIds.T3_COLUMNS) ids.add(CellIds.t3(row, c));
        return List.copyOf(ids);
    }

    /** The cell IDs of a table 三 row, one per column of {@link CellIds#T3_COLUMNS} (总计 last). Read-only. */
    public static List<String> t3Row(String row) {
        List<String> ids = T3_ROWS.get(row);
        return ids != null ? ids : buildT3Row(row);
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

package nianbao.parse;

import nianbao.read.CellValue;
import nianbao.model.CellIds;
import nianbao.model.FormatVersion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Reads table 二 (主动公开政府信息情况) rows into {@code t2.*} cells; unknown rows with numbers become {@code t2.extra.*}. */
final class Table2Reader {
    private Table2Reader() {}

    private static final String NAME = "表二";

    /** The row a label names, or null. */
    static String rowOf(String label) {
        String l = withoutArticle(label);
        if (l.contains("规范性文件")) return "normative";
        if (l.contains("规章")) return "rules";
        if (l.contains("行政许可")) return "licensing";
        if (l.contains("其他对外管理服务")) return "other_services";
        if (l.contains("行政处罚")) return "penalty";
        if (l.contains("行政强制")) return "coercion";
        if (l.contains("行政事业性收费")) return "fees";
        if (l.contains("政府集中采购")) return "procurement";
        return null;
    }

    /** Header words tell the version: 2019 counts 新制作/新公开 and 项目数量, 2021 counts 制发/废止/现行有效. */
    static FormatVersion versionOf(List<RawRow> rows) {
        for (RawRow r : rows) {
            String l = r.label();
            if (l.contains("本年新制作") || l.contains("上一年项目数量") || l.contains("政府集中采购")
                    || l.contains("对外公开总数量") || l.contains("本年新公开")) return FormatVersion.V2019;
            if (l.contains("本年制发") || l.contains("本年废止") || l.contains("现行有效")) return FormatVersion.V2021;
        }
        return null;
    }

    /** The cell IDs of a row in the version, in column order: those of {@link CellIds#t2Cells}, table 二's one list. */
    private static List<String> cellIds(String row, FormatVersion v) {
        return CELL_IDS.computeIfAbsent(v, k -> new ConcurrentHashMap<>()).computeIfAbsent(row, r -> {
            String prefix = "t2." + r + ".";
            return CellIds.t2Cells(v).stream().filter(id -> id.startsWith(prefix)).toList();
        });
    }

    /** {@link #cellIds} by version and row, worked out once. */
    private static final Map<FormatVersion, Map<String, List<String>>> CELL_IDS = new ConcurrentHashMap<>();

    /** The article cited before a row label (第二十条第（一）项, （五）项), which names a block, not the row. */
    private static final Pattern ARTICLE = Pattern.compile("第二十条第（[一二三四五六七八九十]+）项|^（[一二三四五六七八九十]+）项");

    private static String withoutArticle(String label) {
        // both forms end in ）项: most labels have no article to look for
        return label.contains("）项") ? ARTICLE.matcher(label).replaceAll("") : label;
    }

    /** @param rows rows with values, keyed by {@link #rowOf} */
    static void read(List<KeyedRow> rows, FormatVersion version, TableSink sink) {
        FormatVersion v = version == null ? FormatVersion.V2021 : version;
        Set<String> seen = new HashSet<>();
        List<ShortRowSolver.ShortRow> shorts = new ArrayList<>();
        for (KeyedRow k : rows) {
            RawRow r = k.row();
            String row = k.key();
            List<String> slots = row == null ? List.of() : cellIds(row, v);
            if (slots.isEmpty()) {
                extra(r, sink);
                continue;
            }
            sink.row(NAME, row, r, slots, seen, shorts);
        }
        // Table 二 has no arithmetic of its own: a short row's numbers cannot be placed for certain.
        if (!shorts.isEmpty()) sink.accept(ShortRowSolver.solve(sink.knownValues(), shorts, List.of()), NAME);
    }

    /** A row the format does not have (a local variant): kept under its own label rather than dropped. */
    private static void extra(RawRow r, TableSink sink) {
        String name = withoutArticle(r.label());
        if (name.isEmpty()) name = "row" + r.line();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < r.values().size(); i++) {
            String id = "t2.extra." + name + (r.values().size() > 1 ? "." + (i + 1) : "");
            ids.add(id);
            sink.put(id, CellValue.parse(r.values().get(i)));
        }
        sink.note("unknown_label", NAME + "有格式外的行“" + r.label() + "”，保留为 " + String.join("、", ids)
                + " (row not in the format; kept as extra cells)", r.line(), ids);
    }
}

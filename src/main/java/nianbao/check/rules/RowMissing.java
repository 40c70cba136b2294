package nianbao.check.rules;

import nianbao.check.CheckContext;
import nianbao.check.Evidence;
import nianbao.check.Finding;
import nianbao.check.Labels;
import nianbao.check.Severity;
import nianbao.model.CellIds;
import nianbao.model.FormatVersion;
import nianbao.model.SectionKey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** T_ROW_MISSING: a row of table 三, or a block of table 二, that the detected version prints is absent. */
public final class RowMissing extends BaseRule {
    public RowMissing() { super("T_ROW_MISSING", "缺少表格行 (table row missing)"); }

    @Override
    public List<Finding> check(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        FormatVersion v = ctx.version();
        if (ctx.hasTable("t3.")) {
            if (ctx.singleOtherRow()) {
                List<String> cells = new ArrayList<>();
                for (String r : CellIds.T3_OTHER_2021) for (String c : CellIds.T3_COLUMNS) cells.add(CellIds.t3(r, c));
                out.add(CheckContext.finding(this, Severity.WARNING, "表三「（六）其他处理」只印了一行（2019年版样式），"
                                + "缺少2021年版的三个子项（逾期不补正、逾期未缴费、其他）", cells, null, null,
                        ctx.rows(List.of(CellIds.t3("other", "total")))));
            }
            String previous = null; // the last row printed: the missing one belongs after it
            for (String r : ctx.t3Rows()) {
                List<String> cells = CellIds.t3RowIds(r);
                boolean printed = false;
                for (String id : cells) printed = printed || ctx.report().cells().isPresent(id);
                if (printed) {
                    previous = r;
                    continue;
                }
                List<Evidence> where = previous == null ? List.of() : ctx.rows(List.of(CellIds.t3(previous, "total")));
                if (where.isEmpty()) where = ctx.section(SectionKey.APPLICATIONS, 80).map(List::of).orElse(List.of());
                out.add(CheckContext.finding(this, Severity.WARNING, "表三缺少「" + Labels.t3Row(r) + "」行（"
                        + v.id() + "版格式应有此行" + (previous == null ? "" : "，应在「" + Labels.t3Row(previous) + "」行之后")
                        + "）", cells, null, null, where));
            }
        }
        if (ctx.hasTable("t2.")) {
            for (Map.Entry<String, List<String>> block : T2_BLOCKS.get(v).entrySet()) {
                if (block.getValue().stream().noneMatch(ctx.report().cells()::isPresent)) {
                    out.add(CheckContext.finding(this, Severity.WARNING, "表二缺少「" + block.getKey() + "」区块",
                            block.getValue(), null, null,
                            ctx.section(SectionKey.ACTIVE, 80).map(List::of).orElse(List.of())));
                }
            }
        }
        return out;
    }

    /** {@link #t2Blocks} of each version, worked out once. */
    private static final Map<FormatVersion, Map<String, List<String>>> T2_BLOCKS;

    static {
        Map<FormatVersion, Map<String, List<String>>> blocks = new EnumMap<>(FormatVersion.class);
        for (FormatVersion v : FormatVersion.values()) blocks.put(v, t2Blocks(v));
        T2_BLOCKS = Collections.unmodifiableMap(blocks);
    }

    /** Table 二 blocks by their printed heading. */
    static Map<String, List<String>> t2Blocks(FormatVersion v) {
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        for (String id : CellIds.t2Cells(v)) {
            String item = id.split("\\.")[1];
            String heading = switch (item) {
                case "rules", "normative" -> "第二十条第（一）项";
                case "licensing", "other_services" -> "第二十条第（五）项";
                case "penalty", "coercion" -> "第二十条第（六）项";
                case "fees" -> "第二十条第（八）项";
                case "procurement" -> "第二十条第（九）项";
                default -> item;
            };
            blocks.computeIfAbsent(heading, k -> new ArrayList<>()).add(id);
        }
        // shared by every check: read-only, in printed order
        blocks.replaceAll((heading, ids) -> List.copyOf(ids));
        return Collections.unmodifiableMap(blocks);
    }
}

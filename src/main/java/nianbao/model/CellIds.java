package nianbao.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The canonical cell IDs of FORMAT.md: the contract between parser, checker, JSON, index and UI.
 * Every list here is in the printed order of the table.
 */
public final class CellIds {
    private CellIds() {}

    /** Table 三 columns, left to right; the last is 总计. */
    public static final List<String> T3_COLUMNS =
            List.of("natural", "business", "research", "nonprofit", "legal", "other_org", "total");

    /** Table 三 columns that add up to {@code total}. */
    public static final List<String> T3_APPLICANT_COLUMNS = T3_COLUMNS.subList(0, 6);

    public static final List<String> T3_WITHHELD = List.of(
            "withheld_secret", "withheld_law", "withheld_safety", "withheld_third_party",
            "withheld_internal", "withheld_process", "withheld_enforcement", "withheld_query");
    public static final List<String> T3_UNABLE = List.of("unable_not_held", "unable_create", "unable_unclear");
    public static final List<String> T3_REJECTED = List.of(
            "rejected_petition", "rejected_repeat", "rejected_publication", "rejected_excessive", "rejected_confirm");
    public static final List<String> T3_OTHER_2021 = List.of("other_no_correction", "other_no_fee", "other_other");
    public static final List<String> T3_OTHER_2019 = List.of("other");

    /** Table 四 groups and, within each, its five columns. */
    public static final List<String> T4_GROUPS = List.of("review", "suit_direct", "suit_after_review");
    public static final List<String> T4_COLUMNS = List.of("upheld", "corrected", "other", "pending", "total");

    /** Result rows of table 三 (those summed into {@code result_total}) for a format version. */
    public static List<String> t3ResultRows(FormatVersion v) {
        List<String> rows = new ArrayList<>();
        rows.add("disclosed");
        rows.add("partial");
        rows.addAll(T3_WITHHELD);
        rows.addAll(T3_UNABLE);
        rows.addAll(T3_REJECTED);
        rows.addAll(v == FormatVersion.V2019 ? T3_OTHER_2019 : T3_OTHER_2021);
        return Collections.unmodifiableList(rows);
    }

    /** All rows of table 三 in printed order. */
    public static List<String> t3Rows(FormatVersion v) {
        List<String> rows = new ArrayList<>();
        rows.add("new");
        rows.add("carried_in");
        rows.addAll(t3ResultRows(v));
        rows.add("result_total");
        rows.add("carried_out");
        return Collections.unmodifiableList(rows);
    }

    /**
     * The ID of a table 三 cell. The canonical cells get the same string each time, so that the parser's keys and the
     * checker's lookups are one object and map lookups end at the identity test instead of comparing characters.
     */
    public static String t3(String row, String column) {
        String id = Canonical.lookUp(Canonical.T3, row, column);
        return id != null ? id : "t3." + row + "." + column;
    }

    /** The ID of a table 四 cell, the same string each time for the canonical cells (see {@link #t3}). */
    public static String t4(String group, String column) {
        String id = Canonical.lookUp(Canonical.T4, group, column);
        return id != null ? id : "t4." + group + "." + column;
    }

    /** The canonical table 三 and 四 IDs, built on first use (after this class's lists). */
    private static final class Canonical {
        static final java.util.Map<String, java.util.Map<String, String>> T3 = new java.util.HashMap<>();
        static final java.util.Map<String, java.util.Map<String, String>> T4 = new java.util.HashMap<>();

        static {
            for (FormatVersion v : FormatVersion.values()) {
                for (String r : t3Rows(v)) {
                    for (String c : T3_COLUMNS) T3.computeIfAbsent(r, k -> new java.util.HashMap<>()).putIfAbsent(c, "t3." + r + "." + c);
                }
            }
            for (String g : T4_GROUPS) {
                for (String c : T4_COLUMNS) T4.computeIfAbsent(g, k -> new java.util.HashMap<>()).put(c, "t4." + g + "." + c);
            }
        }

        static String lookUp(java.util.Map<String, java.util.Map<String, String>> ids, String row, String column) {
            java.util.Map<String, String> byColumn = ids.get(row);
            return byColumn == null ? null : byColumn.get(column);
        }
    }

    /** Table 二 rows and their columns for a format version, as "t2.row.column" IDs in printed order. */
    public static List<String> t2Cells(FormatVersion v) {
        if (v == FormatVersion.V2019) {
            return List.of(
                    "t2.rules.made", "t2.rules.published", "t2.rules.total_published",
                    "t2.normative.made", "t2.normative.published", "t2.normative.total_published",
                    "t2.licensing.prev_items", "t2.licensing.change", "t2.licensing.decisions",
                    "t2.other_services.prev_items", "t2.other_services.change", "t2.other_services.decisions",
                    "t2.penalty.prev_items", "t2.penalty.change", "t2.penalty.decisions",
                    "t2.coercion.prev_items", "t2.coercion.change", "t2.coercion.decisions",
                    "t2.fees.prev_items", "t2.fees.change",
                    "t2.procurement.items", "t2.procurement.amount");
        }
        return List.of(
                "t2.rules.issued", "t2.rules.repealed", "t2.rules.in_force",
                "t2.normative.issued", "t2.normative.repealed", "t2.normative.in_force",
                "t2.licensing.decisions", "t2.penalty.decisions", "t2.coercion.decisions",
                "t2.fees.amount");
    }

    public static List<String> t3Cells(FormatVersion v) {
        List<String> ids = new ArrayList<>();
        for (String r : t3Rows(v)) for (String c : T3_COLUMNS) ids.add(t3(r, c));
        return Collections.unmodifiableList(ids);
    }

    public static List<String> t4Cells() {
        List<String> ids = new ArrayList<>();
        for (String g : T4_GROUPS) for (String c : T4_COLUMNS) ids.add(t4(g, c));
        return Collections.unmodifiableList(ids);
    }

    /** Every canonical cell of a format version, tables 二, 三, 四 in order: the same read-only list each time. */
    public static List<String> all(FormatVersion v) {
        return Lists.ALL.get(v);
    }

    /**
     * The cell IDs of a table 三 row, one per column of {@link #T3_COLUMNS} (总计 last), read-only. For the rows of
     * either format version this is the same list each time, so that rules walking every row build nothing.
     */
    public static List<String> t3RowIds(String row) {
        List<String> ids = Lists.T3_ROWS.get(row);
        return ids != null ? ids : buildT3Row(row);
    }

    private static List<String> buildT3Row(String row) {
        List<String> ids = new ArrayList<>(T3_COLUMNS.size());
        for (String c : T3_COLUMNS) ids.add(t3(row, c));
        return List.copyOf(ids);
    }

    /** How many canonical cells there are over every format version: the size of {@link #index}'s range. */
    public static int canonicalCount() { return Numbers.INDEX.size(); }

    /**
     * The number of a canonical cell (of any format version), 0 ≤ n &lt; {@link #canonicalCount()}, or -1 for any
     * other ID. Cells keeps its canonical values in an array under these numbers: a lookup in one small shared map
     * instead of in each report's own.
     */
    public static int index(String id) {
        Integer n = Numbers.INDEX.get(id);
        return n == null ? -1 : n;
    }

    /** The canonical IDs numbered in order of first appearance in {@link #all}. */
    private static final class Numbers {
        static final java.util.Map<String, Integer> INDEX = new java.util.HashMap<>();

        static {
            for (FormatVersion v : FormatVersion.values()) for (String id : all(v)) INDEX.putIfAbsent(id, INDEX.size());
        }
    }

    /** The lists {@link #all} and {@link #t3RowIds} hand out, built on first use (after this class's lists). */
    private static final class Lists {
        static final java.util.Map<FormatVersion, List<String>> ALL = new java.util.EnumMap<>(FormatVersion.class);
        static final java.util.Map<String, List<String>> T3_ROWS = new java.util.HashMap<>();

        static {
            for (FormatVersion v : FormatVersion.values()) {
                List<String> ids = new ArrayList<>(t2Cells(v));
                ids.addAll(t3Cells(v));
                ids.addAll(t4Cells());
                ALL.put(v, Collections.unmodifiableList(ids));
                for (String r : t3Rows(v)) T3_ROWS.computeIfAbsent(r, CellIds::buildT3Row);
            }
        }
    }


    private static final java.util.Map<String, String> T3_ROW_LABELS = java.util.Map.ofEntries(
            java.util.Map.entry("new", "一、本年新收政府信息公开申请数量"),
            java.util.Map.entry("carried_in", "二、上年结转政府信息公开申请数量"),
            java.util.Map.entry("disclosed", "（一）予以公开"),
            java.util.Map.entry("partial", "（二）部分公开"),
            java.util.Map.entry("withheld_secret", "（三）不予公开 1.属于国家秘密"),
            java.util.Map.entry("withheld_law", "（三）不予公开 2.其他法律行政法规禁止公开"),
            java.util.Map.entry("withheld_safety", "（三）不予公开 3.危及“三安全一稳定”"),
            java.util.Map.entry("withheld_third_party", "（三）不予公开 4.保护第三方合法权益"),
            java.util.Map.entry("withheld_internal", "（三）不予公开 5.属于三类内部事务信息"),
            java.util.Map.entry("withheld_process", "（三）不予公开 6.属于四类过程性信息"),
            java.util.Map.entry("withheld_enforcement", "（三）不予公开 7.属于行政执法案卷"),
            java.util.Map.entry("withheld_query", "（三）不予公开 8.属于行政查询事项"),
            java.util.Map.entry("unable_not_held", "（四）无法提供 1.本机关不掌握相关政府信息"),
            java.util.Map.entry("unable_create", "（四）无法提供 2.没有现成信息需要另行制作"),
            java.util.Map.entry("unable_unclear", "（四）无法提供 3.补正后申请内容仍不明确"),
            java.util.Map.entry("rejected_petition", "（五）不予处理 1.信访举报投诉类申请"),
            java.util.Map.entry("rejected_repeat", "（五）不予处理 2.重复申请"),
            java.util.Map.entry("rejected_publication", "（五）不予处理 3.要求提供公开出版物"),
            java.util.Map.entry("rejected_excessive", "（五）不予处理 4.无正当理由大量反复申请"),
            java.util.Map.entry("rejected_confirm", "（五）不予处理 5.要求行政机关确认或重新出具已获取信息"),
            java.util.Map.entry("other_no_correction", "（六）其他处理 1.申请人无正当理由逾期不补正"),
            java.util.Map.entry("other_no_fee", "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用"),
            java.util.Map.entry("other_other", "（六）其他处理 3.其他"),
            java.util.Map.entry("other", "（六）其他处理"),
            java.util.Map.entry("result_total", "（七）总计"),
            java.util.Map.entry("carried_out", "四、结转下年度继续办理"));

    /** The printed label of a table 三 row, for messages and display. */
    public static String t3RowLabel(String row) { return T3_ROW_LABELS.getOrDefault(row, row); }

    /** Printed column labels of table 三, in the order of {@link #T3_COLUMNS}. */
    public static final List<String> T3_COLUMN_LABELS =
            List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");

    /** Printed group and column labels of table 四. */
    public static final List<String> T4_GROUP_LABELS = List.of("行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）");
    public static final List<String> T4_COLUMN_LABELS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

    private static final java.util.Map<String, String> T2_LABELS = java.util.Map.ofEntries(
            java.util.Map.entry("rules", "规章"),
            java.util.Map.entry("normative", "行政规范性文件"),
            java.util.Map.entry("licensing", "行政许可"),
            java.util.Map.entry("other_services", "其他对外管理服务事项"),
            java.util.Map.entry("penalty", "行政处罚"),
            java.util.Map.entry("coercion", "行政强制"),
            java.util.Map.entry("fees", "行政事业性收费"),
            java.util.Map.entry("procurement", "政府集中采购"),
            java.util.Map.entry("issued", "本年制发件数"),
            java.util.Map.entry("repealed", "本年废止件数"),
            java.util.Map.entry("in_force", "现行有效件数"),
            java.util.Map.entry("decisions", "处理决定数量"),
            java.util.Map.entry("amount", "金额（万元）"),
            java.util.Map.entry("made", "本年新制作数量"),
            java.util.Map.entry("published", "本年新公开数量"),
            java.util.Map.entry("total_published", "对外公开总数量"),
            java.util.Map.entry("prev_items", "上一年项目数量"),
            java.util.Map.entry("change", "本年增/减"),
            java.util.Map.entry("items", "采购项目数量"));

    /** The printed label of a table 二 row or column key ({@code rules}, {@code issued} …). */
    public static String t2Label(String key) { return T2_LABELS.getOrDefault(key, key); }

    /** The printed header of a table 三 column ({@code natural} → 自然人). */
    public static String t3ColumnLabel(String column) {
        int i = T3_COLUMNS.indexOf(column);
        return i < 0 ? column : T3_COLUMN_LABELS.get(i);
    }

    /** The printed label of a table 四 group or column ({@code review} → 行政复议, {@code pending} → 尚未审结). */
    public static String t4Label(String part) {
        int g = T4_GROUPS.indexOf(part);
        if (g >= 0) return T4_GROUP_LABELS.get(g);
        int c = T4_COLUMNS.indexOf(part);
        return c < 0 ? part : T4_COLUMN_LABELS.get(c);
    }
}

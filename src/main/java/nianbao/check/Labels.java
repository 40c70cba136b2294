package nianbao.check;

import nianbao.model.CellIds;
import java.util.Map;

/** Chinese names of table rows, columns and groups, for messages. */
public final class Labels {
    private Labels() {}

    private static final Map<String, String> T3_ROWS = Map.ofEntries(
            Map.entry("new", "本年新收"), Map.entry("carried_in", "上年结转"), Map.entry("disclosed", "予以公开"),
            Map.entry("partial", "部分公开"), Map.entry("withheld_secret", "不予公开·国家秘密"),
            Map.entry("withheld_law", "不予公开·法律法规禁止"), Map.entry("withheld_safety", "不予公开·三安全一稳定"),
            Map.entry("withheld_third_party", "不予公开·第三方合法权益"), Map.entry("withheld_internal", "不予公开·内部事务"),
            Map.entry("withheld_process", "不予公开·过程性信息"), Map.entry("withheld_enforcement", "不予公开·行政执法案卷"),
            Map.entry("withheld_query", "不予公开·行政查询事项"), Map.entry("unable_not_held", "无法提供·不掌握"),
            Map.entry("unable_create", "无法提供·需另行制作"), Map.entry("unable_unclear", "无法提供·内容不明确"),
            Map.entry("rejected_petition", "不予处理·信访举报投诉"), Map.entry("rejected_repeat", "不予处理·重复申请"),
            Map.entry("rejected_publication", "不予处理·公开出版物"), Map.entry("rejected_excessive", "不予处理·大量反复申请"),
            Map.entry("rejected_confirm", "不予处理·确认或重新出具"), Map.entry("other_no_correction", "其他处理·逾期不补正"),
            Map.entry("other_no_fee", "其他处理·逾期未缴费"), Map.entry("other_other", "其他处理·其他"),
            Map.entry("other", "其他处理"), Map.entry("result_total", "办理结果总计"), Map.entry("carried_out", "结转下年度"));

    public static String t3Column(String c) { return CellIds.t3ColumnLabel(c); }

    public static String t3Row(String r) { return T3_ROWS.getOrDefault(r, r); }

    public static String t4(String part) { return CellIds.t4Label(part); }

    /** "表三 本年新收·总计 (t3.new.total)" */
    public static String cell(String id) {
        String[] p = id.split("\\.");
        if (p.length == 3 && p[0].equals("t3")) return "表三「" + t3Row(p[1]) + "·" + t3Column(p[2]) + "」";
        if (p.length == 3 && p[0].equals("t4")) return "表四「" + t4(p[1]) + "·" + t4(p[2]) + "」";
        if (p.length >= 3 && p[0].equals("t2")) return "表二「" + CellIds.t2Label(p[1]) + "·" + CellIds.t2Label(p[2]) + "」";
        return id;
    }

    public static String number(java.math.BigDecimal v) { return v == null ? "空" : v.stripTrailingZeros().toPlainString(); }
}

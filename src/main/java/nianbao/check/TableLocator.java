package nianbao.check;

import nianbao.model.Report;
import nianbao.model.Section;
import nianbao.model.SectionKey;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the printed line of a table row in its section, so that findings about cells quote the row. */
final class TableLocator {
    private TableLocator() {}

    private static final Map<String, String> T3_LABELS = Map.ofEntries(
            Map.entry("new", "本年新收"), Map.entry("carried_in", "上年结转"), Map.entry("disclosed", "予以公开"),
            Map.entry("partial", "部分公开"), Map.entry("withheld_secret", "国家秘密"),
            Map.entry("withheld_law", "法律行政法规禁止"), Map.entry("withheld_safety", "三安全一稳定"),
            Map.entry("withheld_third_party", "第三方合法权益"), Map.entry("withheld_internal", "内部事务"),
            Map.entry("withheld_process", "过程性信息"), Map.entry("withheld_enforcement", "行政执法案卷"),
            Map.entry("withheld_query", "行政查询"), Map.entry("unable_not_held", "不掌握"),
            Map.entry("unable_create", "没有现成"), Map.entry("unable_unclear", "仍不明确"),
            Map.entry("rejected_petition", "信访举报投诉"), Map.entry("rejected_repeat", "重复申请"),
            Map.entry("rejected_publication", "公开出版物"), Map.entry("rejected_excessive", "大量反复"),
            Map.entry("rejected_confirm", "重新出具"), Map.entry("other_no_correction", "不补正"),
            Map.entry("other_no_fee", "缴纳费用"), Map.entry("other_other", "3.其他|3．其他|3、其他"),
            Map.entry("other", "（六）其他处理|\\(六\\) ?其他处理"), Map.entry("result_total", "总计"),
            Map.entry("carried_out", "结转下年度"));

    private static final Map<String, String> T2_LABELS = Map.of(
            "rules", "规章", "normative", "规范性文件", "licensing", "行政许可", "penalty", "行政处罚",
            "coercion", "行政强制", "fees", "行政事业性收费", "other_services", "其他对外管理服务事项",
            "procurement", "政府集中采购");

    private static final Pattern NUMBERS_ROW = Pattern.compile("(?:[-0-9０-９.]+\\s+){4,}[-0-9０-９.]+");

    /** The line that prints the row of {@code cellId}, or empty when it cannot be found. */
    static Optional<Evidence> row(Report report, String cellId) {
        String[] p = cellId.split("\\.");
        if (p.length < 2) return Optional.empty();
        switch (p[0]) {
            case "t3" -> {
                String label = T3_LABELS.get(p[1]);
                if (label == null) return Optional.empty();
                // 总计 also heads the column: take the row label 总计 that is not the header's.
                Pattern pat = Pattern.compile(p[1].equals("result_total") ? "（七）总计|\\(七\\) ?总计|^[ \\t]*总计[ \\t]*\\t[ \\t]*[0-9０-９]" : label,
                        Pattern.MULTILINE);
                return line(report, SectionKey.APPLICATIONS, pat);
            }
            case "t2" -> {
                String label = T2_LABELS.get(p[1]);
                return label == null ? Optional.empty() : line(report, SectionKey.ACTIVE, Pattern.compile(label));
            }
            case "t4" -> {
                return line(report, SectionKey.REVIEW, NUMBERS_ROW);
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private static Optional<Evidence> line(Report report, SectionKey key, Pattern pattern) {
        Optional<Section> s = report.section(key);
        if (s.isEmpty()) return Optional.empty();
        String text = s.get().text();
        Matcher m = pattern.matcher(text);
        if (!m.find()) return Optional.empty();
        int a = text.lastIndexOf('\n', m.start()) + 1;
        int b = text.indexOf('\n', m.end());
        if (b < 0) b = text.length();
        // one cell per line: the label line holds no number, so take the following lines up to the blank line
        if (!text.substring(a, b).matches("(?s).*\\d.*")) {
            int blank = text.indexOf("\n\n", m.end());
            if (blank < 0) blank = text.length();
            if (blank - a < 400) b = blank;
        }
        return Optional.of(new Evidence(key.id(), a, b, text.substring(a, b)));
    }
}

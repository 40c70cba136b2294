package nianbao.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import nianbao.model.CellIds;
import nianbao.model.FormatVersion;
import nianbao.model.SectionKey;

/**
 * Tables 二, 三 and 四 with made-up figures, written in the seeds' tab-separated row layout (one table row per line,
 * labels in the leading fields, figures last) and recorded under the canonical cell IDs at the same time.
 *
 * <p>The figures add up (勾稽关系 hold) except in about one report in twenty, where one total of table 三 is off by
 * one, as happens in real reports; a checker run over the corpus then has something to find.
 */
final class SyntheticTables {
    /** Table 三 row IDs with their label fields (three leading fields, as the printed table has three label columns). */
    private static final Map<String, String> T3_LABELS_2021 = new LinkedHashMap<>();
    private static final Map<String, String> T3_LABELS_2019;

    static {
        Map<String, String> m = T3_LABELS_2021;
        m.put("new", "一、本年新收政府信息公开申请数量\t\t");
        m.put("carried_in", "二、上年结转政府信息公开申请数量\t\t");
        m.put("disclosed", "三、本年度办理结果\t（一）予以公开\t");
        m.put("partial", "\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t");
        m.put("withheld_secret", "\t（三）不予公开\t1.属于国家秘密");
        m.put("withheld_law", "\t\t2.其他法律行政法规禁止公开");
        m.put("withheld_safety", "\t\t3.危及“三安全一稳定”");
        m.put("withheld_third_party", "\t\t4.保护第三方合法权益");
        m.put("withheld_internal", "\t\t5.属于三类内部事务信息");
        m.put("withheld_process", "\t\t6.属于四类过程性信息");
        m.put("withheld_enforcement", "\t\t7.属于行政执法案卷");
        m.put("withheld_query", "\t\t8.属于行政查询事项");
        m.put("unable_not_held", "\t（四）无法提供\t1.本机关不掌握相关政府信息");
        m.put("unable_create", "\t\t2.没有现成信息需要另行制作");
        m.put("unable_unclear", "\t\t3.补正后申请内容仍不明确");
        m.put("rejected_petition", "\t（五）不予处理\t1.信访举报投诉类申请");
        m.put("rejected_repeat", "\t\t2.重复申请");
        m.put("rejected_publication", "\t\t3.要求提供公开出版物");
        m.put("rejected_excessive", "\t\t4.无正当理由大量反复申请");
        m.put("rejected_confirm", "\t\t5.要求行政机关确认或重新出具已获取信息");
        m.put("other_no_correction", "\t（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
        m.put("other_no_fee", "\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");
        m.put("other_other", "\t\t3.其他");
        m.put("result_total", "\t（七）总计\t");
        m.put("carried_out", "四、结转下年度继续办理\t\t");
        Map<String, String> old = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : m.entrySet()) {
            if (e.getKey().startsWith("other_")) {
                if (e.getKey().equals("other_no_correction")) old.put("other", "\t（六）其他处理\t");
            } else {
                old.put(e.getKey(), e.getValue());
            }
        }
        T3_LABELS_2019 = old;
    }

    private static final String T3_HEADER = """
            （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t\t申请人情况
            \t\t\t自然人\t法人或其他组织\t\t\t\t\t总计
            \t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t""";

    private static final String T4_HEADER = """
            行政复议\t\t\t\t\t行政诉讼
            结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉
            \t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计""";

    /** The three table sections' bodies, and every cell they print. */
    record Tables(Map<SectionKey, String> bodies, Map<String, BigDecimal> cells) {}

    private SyntheticTables() {}

    /**
     * @param scale typical size of the figures: a township receives a handful of applications, a city hundreds
     */
    static Tables make(SplittableRandom rnd, FormatVersion v, int scale) {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        Map<SectionKey, String> bodies = new LinkedHashMap<>();
        bodies.put(SectionKey.ACTIVE, table2(rnd, v, scale, cells));
        bodies.put(SectionKey.APPLICATIONS, table3(rnd, v, scale, cells));
        bodies.put(SectionKey.REVIEW, table4(rnd, scale, cells));
        return new Tables(bodies, cells);
    }

    private static String table2(SplittableRandom rnd, FormatVersion v, int scale, Map<String, BigDecimal> cells) {
        StringBuilder sb = new StringBuilder();
        if (v == FormatVersion.V2021) {
            sb.append("第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n");
            row(sb, cells, "规章", List.of("t2.rules.issued", "t2.rules.repealed", "t2.rules.in_force"),
                    counts(rnd, 3, Math.max(1, scale / 10)));
            row(sb, cells, "行政规范性文件",
                    List.of("t2.normative.issued", "t2.normative.repealed", "t2.normative.in_force"),
                    counts(rnd, 3, Math.max(1, scale / 5)));
            sb.append("第二十条第（五）项\n信息内容\t本年处理决定数量\n");
            row(sb, cells, "行政许可", List.of("t2.licensing.decisions"), counts(rnd, 1, scale * 20));
            sb.append("第二十条第（六）项\n信息内容\t本年处理决定数量\n");
            row(sb, cells, "行政处罚", List.of("t2.penalty.decisions"), counts(rnd, 1, scale * 5));
            row(sb, cells, "行政强制", List.of("t2.coercion.decisions"), counts(rnd, 1, scale));
            sb.append("第二十条第（八）项\n信息内容\t本年收费金额（单位：万元）\n");
            row(sb, cells, "行政事业性收费", List.of("t2.fees.amount"), List.of(amount(rnd, scale)));
        } else {
            sb.append("第二十条第（一）项\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n");
            row(sb, cells, "规章", List.of("t2.rules.made", "t2.rules.published", "t2.rules.total_published"),
                    counts(rnd, 3, Math.max(1, scale / 10)));
            row(sb, cells, "规范性文件",
                    List.of("t2.normative.made", "t2.normative.published", "t2.normative.total_published"),
                    counts(rnd, 3, Math.max(1, scale / 5)));
            sb.append("第二十条第（五）项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n");
            itemRow(sb, cells, rnd, "行政许可", "licensing", scale * 20);
            itemRow(sb, cells, rnd, "其他对外管理服务事项", "other_services", scale * 5);
            sb.append("第二十条第（六）项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n");
            itemRow(sb, cells, rnd, "行政处罚", "penalty", scale * 5);
            itemRow(sb, cells, rnd, "行政强制", "coercion", scale);
            sb.append("第二十条第（八）项\n信息内容\t上一年项目数量\t本年增/减\n");
            List<BigDecimal> fees = List.of(count(rnd, scale), BigDecimal.valueOf(rnd.nextInt(5) - 2));
            row(sb, cells, "行政事业性收费", List.of("t2.fees.prev_items", "t2.fees.change"), fees);
            sb.append("第二十条第（九）项\n信息内容\t采购项目数量\t采购总金额（单位：万元，保留4位小数）\n");
            row(sb, cells, "政府集中采购", List.of("t2.procurement.items", "t2.procurement.amount"),
                    List.of(count(rnd, scale * 3), amount(rnd, scale * 50)));
        }
        return padFields(sb.toString().stripTrailing(), 4);
    }

    private static void itemRow(StringBuilder sb, Map<String, BigDecimal> cells, SplittableRandom rnd,
                                String label, String key, int scale) {
        List<BigDecimal> values = List.of(count(rnd, scale), BigDecimal.valueOf(rnd.nextInt(7) - 3), count(rnd, scale));
        row(sb, cells, label, List.of("t2." + key + ".prev_items", "t2." + key + ".change", "t2." + key + ".decisions"),
                values);
    }

    private static String table3(SplittableRandom rnd, FormatVersion v, int scale, Map<String, BigDecimal> cells) {
        List<String> resultRows = CellIds.t3ResultRows(v);
        List<String> applicants = CellIds.T3_APPLICANT_COLUMNS;
        Map<String, long[]> rows = new LinkedHashMap<>();
        for (String r : CellIds.t3Rows(v)) rows.put(r, new long[CellIds.T3_COLUMNS.size()]);
        for (int c = 0; c < applicants.size(); c++) {
            // Most applicants are natural persons; the organisation columns are mostly zero.
            int colScale = c == 0 ? scale : (rnd.nextInt(4) == 0 ? Math.max(1, scale / 5) : 0);
            long fresh = colScale == 0 ? 0 : rnd.nextInt(colScale + 1);
            long carriedIn = rnd.nextInt(6) == 0 ? rnd.nextInt(Math.max(1, colScale / 4) + 1) : 0;
            long handled = fresh + carriedIn;
            long carriedOut = handled > 0 && rnd.nextInt(4) == 0 ? rnd.nextLong(handled + 1) / 3 : 0;
            rows.get("new")[c] = fresh;
            rows.get("carried_in")[c] = carriedIn;
            rows.get("carried_out")[c] = carriedOut;
            long left = handled - carriedOut;
            // Spread the handled applications over the result rows, the first rows (公开, 部分公开) most.
            while (left > 0) {
                int pick = rnd.nextInt(3) > 0 ? rnd.nextInt(2) : rnd.nextInt(resultRows.size());
                long n = 1 + rnd.nextLong(left);
                rows.get(resultRows.get(pick))[c] += n;
                left -= n;
            }
            for (String r : resultRows) rows.get("result_total")[c] += rows.get(r)[c];
        }
        int total = CellIds.T3_COLUMNS.size() - 1;
        for (long[] r : rows.values()) {
            for (int c = 0; c < total; c++) r[total] += r[c];
        }
        if (rnd.nextInt(20) == 0) rows.get("result_total")[total] += 1;

        Map<String, String> labels = v == FormatVersion.V2021 ? T3_LABELS_2021 : T3_LABELS_2019;
        StringBuilder sb = new StringBuilder(T3_HEADER).append('\n');
        for (Map.Entry<String, long[]> e : rows.entrySet()) {
            List<String> ids = new ArrayList<>();
            List<BigDecimal> values = new ArrayList<>();
            for (int c = 0; c <= total; c++) {
                ids.add(CellIds.t3(e.getKey(), CellIds.T3_COLUMNS.get(c)));
                values.add(BigDecimal.valueOf(e.getValue()[c]));
            }
            row(sb, cells, labels.get(e.getKey()), ids, values);
        }
        return sb.toString().stripTrailing();
    }

    private static String table4(SplittableRandom rnd, int scale, Map<String, BigDecimal> cells) {
        List<String> ids = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (String g : CellIds.T4_GROUPS) {
            long sum = 0;
            for (String c : CellIds.T4_COLUMNS) {
                long n = c.equals("total") ? sum : (rnd.nextInt(5) == 0 ? rnd.nextInt(Math.max(1, scale / 10) + 1) : 0);
                sum += n;
                ids.add(CellIds.t4(g, c));
                values.add(BigDecimal.valueOf(n));
            }
        }
        StringBuilder sb = new StringBuilder(T4_HEADER).append('\n');
        row(sb, cells, null, ids, values);
        return sb.toString().stripTrailing();
    }

    /** Pads every line with empty fields to the table's width, as word-processor exports do (see the seeds). */
    private static String padFields(String table, int width) {
        StringBuilder out = new StringBuilder(table.length() + 64);
        for (String line : table.split("\n", -1)) {
            if (out.length() > 0) out.append('\n');
            out.append(line);
            int fields = line.split("\t", -1).length;
            for (int i = fields; i < width; i++) out.append('\t');
        }
        return out.toString();
    }

    /** One printed row: the label fields (none when {@code label} is null), then the figures. */
    private static void row(StringBuilder sb, Map<String, BigDecimal> cells, String label, List<String> ids,
                            List<BigDecimal> values) {
        if (label != null) sb.append(label);
        for (int i = 0; i < ids.size(); i++) {
            cells.put(ids.get(i), asParsed(values.get(i)));
            if (label != null || i > 0) sb.append('\t');
            sb.append(values.get(i).toPlainString());
        }
        sb.append('\n');
    }

    /** The value as the parser records it: 18.7100 printed, 18.71 read. */
    private static BigDecimal asParsed(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static List<BigDecimal> counts(SplittableRandom rnd, int n, int scale) {
        List<BigDecimal> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(count(rnd, scale));
        return out;
    }

    private static BigDecimal count(SplittableRandom rnd, int scale) {
        return BigDecimal.valueOf(rnd.nextInt(2) == 0 ? 0 : rnd.nextInt(scale + 1));
    }

    /** An amount in 万元 with four decimals, or a plain 0 as most small agencies print. */
    private static BigDecimal amount(SplittableRandom rnd, int scale) {
        if (rnd.nextInt(3) > 0) return BigDecimal.ZERO;
        return BigDecimal.valueOf(rnd.nextLong((long) scale * 10000L + 1), 4);
    }
}

package nianbao.extract;

import nianbao.model.CellIds;
import nianbao.model.FormatVersion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Maps a clause about information requests (table 三) to the rows and columns it speaks about. */
final class T3Mapper {
    private T3Mapper() {}

    /** One reading: which rows are summed, under what label. */
    record RowChoice(String label, List<String> rows) {}

    private record Cue(Predicate<String> foundIn, String label, List<String> rows) {}

    private static Cue cue(String regex, String label, String... rows) {
        return new Cue(finder(regex), label, List.of(rows));
    }

    /** {@code Pattern.compile(regex).matcher(s).find()} as a test; plain words are scanned for, not matched. */
    private static Predicate<String> finder(String regex) {
        if (WordList.isPlain(regex)) return new WordList(regex)::in;
        Pattern p = Pattern.compile(regex);
        return s -> p.matcher(s).find();
    }

    /** Result categories, most specific first (部分公开 before 予以公开, a numbered item before its group). */
    private static final List<Cue> RESULTS = List.of(
            cue("(予以|同意|全部)公开[^，。；]{0,4}(和|或|及|、|与)部分公开", "予以公开与部分公开", "disclosed", "partial"),
            cue("部分公开", "部分公开", "partial"),
            cue("予以公开|同意公开|全部公开", "予以公开", "disclosed"),
            cue("国家秘密", "不予公开·国家秘密", "withheld_secret"),
            cue("法律行政法规禁止|法律法规禁止", "不予公开·法律法规禁止", "withheld_law"),
            cue("三安全一稳定", "不予公开·三安全一稳定", "withheld_safety"),
            cue("第三方", "不予公开·第三方合法权益", "withheld_third_party"),
            cue("内部事务", "不予公开·内部事务信息", "withheld_internal"),
            cue("过程性", "不予公开·过程性信息", "withheld_process"),
            cue("行政执法案卷", "不予公开·行政执法案卷", "withheld_enforcement"),
            cue("行政查询", "不予公开·行政查询事项", "withheld_query"),
            cue("不予公开", "不予公开", CellIds.T3_WITHHELD.toArray(String[]::new)),
            cue("不掌握|不存在|非本机关", "无法提供·本机关不掌握", "unable_not_held"),
            cue("另行制作|没有现成", "无法提供·需另行制作", "unable_create"),
            cue("不明确", "无法提供·内容不明确", "unable_unclear"),
            cue("无法提供", "无法提供", CellIds.T3_UNABLE.toArray(String[]::new)),
            cue("信访|举报|投诉", "不予处理·信访举报投诉", "rejected_petition"),
            cue("重复申请", "不予处理·重复申请", "rejected_repeat"),
            cue("出版物", "不予处理·公开出版物", "rejected_publication"),
            cue("大量反复", "不予处理·大量反复申请", "rejected_excessive"),
            cue("确认或重新出具|重新出具", "不予处理·确认或重新出具", "rejected_confirm"),
            cue("不予处理", "不予处理", CellIds.T3_REJECTED.toArray(String[]::new)),
            cue("不补正", "其他处理·逾期不补正", "other_no_correction"),
            cue("收费通知|缴纳费用", "其他处理·逾期未缴费", "other_no_fee"));

    private static final WordList OTHER_HANDLING = new WordList("其他处理");
    private static final WordList OTHER = new WordList("其他|其它");
    private static final WordList WITHDRAWN = new WordList("撤回|撤销申请");

    private static final Pattern CARRIED_IN = Pattern.compile("(上一?年度?|往年)(结转|转结)|结转上一?年度?");
    private static final Pattern CARRIED_OUT = Pattern.compile("结转(至|到)?下一?年度?|顺延(至|到)?下一?年度?|延期(至|到)?下一?年度?|转(至|到|入)?下一?年度?|结转(?:19|20)\\d{2}年|继续办理|正在办理|办理中|尚未办结|未办结");

    /** Verbs, tried in the order they appear in the clause: the first verb of a clause is its main verb. */
    private static final WordList VERB = new WordList(
            "办理答复|办理完成|办理完毕|办结|答复|回复|新收|收到|接到|接收|收悉|提交|提出|受理|办理|处理");

    private static final List<String> NEW = List.of("new");
    private static final List<String> NEW_AND_CARRIED = List.of("new", "carried_in");
    private static final List<String> RESULT = List.of("result_total");

    /** The row alternatives a clause states, or empty when it names none. */
    static List<RowChoice> rows(String clause, FormatVersion version, boolean afterResult) {
        for (Cue c : RESULTS) {
            if (c.foundIn.test(clause)) return List.of(new RowChoice(c.label, c.rows));
        }
        List<String> others = version == FormatVersion.V2019 ? CellIds.T3_OTHER_2019 : CellIds.T3_OTHER_2021;
        if (OTHER_HANDLING.in(clause)) return List.of(new RowChoice("其他处理", others));
        if (WITHDRAWN.in(clause) || afterResult && OTHER.in(clause)) {
            return List.of(new RowChoice("其他处理·其他", List.of(others.get(others.size() - 1))));
        }
        if (CARRIED_IN.matcher(clause).find()) return List.of(new RowChoice("上年结转", List.of("carried_in")));
        if (CARRIED_OUT.matcher(clause).find()) return List.of(new RowChoice("结转下年度", List.of("carried_out")));
        String verb = VERB.first(clause);
        if (verb != null) {
            switch (verb) {
                case "办理答复", "办理完成", "办理完毕", "办结", "答复", "回复":
                    return List.of(new RowChoice("办理结果总计", RESULT));
                case "受理":
                    return List.of(new RowChoice("本年新收", NEW), new RowChoice("新收与上年结转", NEW_AND_CARRIED));
                case "办理", "处理":
                    return ambiguous();
                default:
                    return List.of(new RowChoice("本年新收", NEW));
            }
        }
        return List.of();
    }

    /** Words that may stand around "依申请公开 N 件" without naming anything narrower. */
    private static final Pattern FILLER = Pattern.compile(
            "(?:19|20)\\d{2}年度?|全年|本年度?|今年|年内|共计|共|合计|总计|总数|数量|全[街乡镇区县市]|[我本](街道|乡|镇|办|局|委|单位|机关|级)|"
                    + "街道|通过|方式|形式|渠道|政府信息公开|依申请公开|信息公开|公开政府信息|政府信息|申请|事项|件|为|达|有|的|了|以及|和|[\\s，,：:（）()]");

    /** True when a clause with no verb names nothing but requests in general: then every reading applies. */
    static boolean onlyRequests(String clause) {
        return FILLER.matcher(clause).replaceAll("").length() <= 1;
    }

    /** "依申请公开 N 件" with no verb, or 办理/处理: every reading. */
    static List<RowChoice> ambiguous() {
        return List.of(new RowChoice("本年新收", NEW), new RowChoice("新收与上年结转", NEW_AND_CARRIED),
                new RowChoice("办理结果总计", RESULT));
    }

    private record ColumnCue(WordList words, List<String> columns) {}

    private static final List<ColumnCue> COLUMNS = List.of(
            new ColumnCue(new WordList("自然人|公民"), List.of("natural")),
            new ColumnCue(new WordList("法人或其他组织|法人"), CellIds.T3_APPLICANT_COLUMNS.subList(1, 6)),
            new ColumnCue(new WordList("商业企业|企业"), List.of("business")),
            new ColumnCue(new WordList("科研机构"), List.of("research")),
            new ColumnCue(new WordList("社会公益组织|公益组织"), List.of("nonprofit")),
            new ColumnCue(new WordList("法律服务机构|律师"), List.of("legal")));

    static String columnLabel(String column) { return CellIds.t3ColumnLabel(column); }

    /** The applicant columns a clause names, or null when it names none. */
    static List<String> columns(String clause) {
        for (ColumnCue c : COLUMNS) if (c.words.in(clause)) return c.columns;
        return null;
    }

    /** Terms for rows × columns; a zero sum is split into one term per cell (counts are never negative). */
    static List<Term> terms(List<String> rows, List<String> columns, BigDecimal value) {
        List<String> cells = new ArrayList<>();
        for (String r : rows) for (String c : columns) cells.add(CellIds.t3(r, c));
        return split(cells, value);
    }

    static List<Term> split(List<String> cells, BigDecimal value) {
        List<Term> out = new ArrayList<>();
        if (value.signum() == 0 && cells.size() > 1) {
            for (String c : cells) out.add(Term.of(c, value));
        } else {
            out.add(new Term(cells, value));
        }
        return out;
    }
}

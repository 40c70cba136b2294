package nianbao.parse;

import nianbao.model.CellIds;
import nianbao.model.FormatVersion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Reads table 三 (收到和处理政府信息公开申请情况) rows into {@code t3.<row>.<column>} cells. */
final class Table3Reader {
    private Table3Reader() {}

    private static final String NAME = "表三";

    /** The row a label names, or null. Specific words first: 上年结转 before 结转下年度, sub-items before 其他处理. */
    static String rowOf(String label) {
        String l = label;
        if (l.contains("本年新收") || l.startsWith("一、") && l.contains("新收")) return "new";
        if (l.contains("上年结转")) return "carried_in";
        if (l.contains("结转下年度") || l.contains("继续办理")) return "carried_out";
        if (l.contains("予以公开")) return "disclosed";
        if (l.contains("部分公开")) return "partial";
        if (l.contains("国家秘密")) return "withheld_secret";
        // 其他法律行政止公开 is printed with words dropped (洪泽区 2023)
        if (l.contains("法律行政法规禁止") || l.contains("法律、行政法规禁止") || l.contains("其他法律行政")) return "withheld_law";
        if (l.contains("三安全一稳定")) return "withheld_safety";
        if (l.contains("第三方")) return "withheld_third_party";
        if (l.contains("内部事务")) return "withheld_internal";
        if (l.contains("过程性")) return "withheld_process";
        if (l.contains("执法案卷")) return "withheld_enforcement";
        if (l.contains("行政查询")) return "withheld_query";
        if (l.contains("不掌握")) return "unable_not_held";
        if (l.contains("另行制作")) return "unable_create";
        if (l.contains("仍不明确") || l.contains("补正后")) return "unable_unclear";
        if (l.contains("信访") || l.contains("举报投诉")) return "rejected_petition";
        if (l.contains("重复申请")) return "rejected_repeat";
        if (l.contains("出版物")) return "rejected_publication";
        if (l.contains("大量反复")) return "rejected_excessive";
        if (l.contains("确认或重新出具") || l.contains("重新出具")) return "rejected_confirm";
        if (l.contains("逾期不补正")) return "other_no_correction";
        if (l.contains("收费通知") || l.contains("缴纳费用")) return "other_no_fee";
        if (l.endsWith("其他") && !l.endsWith("其他处理")) return "other_other";
        if (l.contains("其他处理")) return "other";
        if (l.contains("总计") && !l.contains("自然人")) return "result_total";
        return null;
    }

    /** Which version the rows show: the three 其他处理 sub-items are 2021, the single row 2019; null if neither. */
    static FormatVersion versionOf(List<RawRow> rows) {
        for (RawRow r : rows) {
            String id = r.hasNumber() ? rowOf(r.label()) : null;
            if (id == null) continue;
            if (id.startsWith("other_")) return FormatVersion.V2021;
            if (id.equals("other")) return FormatVersion.V2019;
        }
        return null;
    }

    /** @param rows rows with values that {@link #rowOf} names */
    static void read(List<KeyedRow> rows, FormatVersion version, TableSink sink) {
        FormatVersion v = version == null ? FormatVersion.V2021 : version;
        Set<String> seen = new HashSet<>();
        List<ShortRowSolver.ShortRow> shorts = new ArrayList<>();
        RawRow last = null;
        for (KeyedRow k : rows) {
            RawRow r = k.row();
            String row = k.key();
            last = r;
            sink.row(NAME, row, r, slots(row), seen, shorts);
        }
        if (!shorts.isEmpty()) sink.accept(ShortRowSolver.solve(sink.knownValues(), shorts, equations(v)), NAME);
        if (seen.isEmpty()) return;
        List<String> missing = new ArrayList<>();
        for (String row : CellIds.t3Rows(v)) if (!seen.contains(row)) missing.add(row);
        for (String row : missing) {
            sink.note("missing_row", NAME + "缺少“" + CellIds.t3RowLabel(row) + "”行，其单元格记为空 (row missing; cells null)",
                    last == null ? 0 : last.line(), slots(row));
        }
    }

    /** A row's cell IDs, built once per row name (they are read, never changed). */
    private static final Map<String, List<String>> SLOTS = new ConcurrentHashMap<>();

    private static List<String> slots(String row) {
        return SLOTS.computeIfAbsent(row, r -> {
            List<String> s = new ArrayList<>(7);
            for (String c : CellIds.T3_COLUMNS) s.add(CellIds.t3(r, c));
            return List.copyOf(s);
        });
    }

    /** The printed relations: each row adds across, each column adds down, and the 勾稽关系 of the header note. */
    static List<Equation> equations(FormatVersion v) {
        List<Equation> eqs = new ArrayList<>();
        for (String row : CellIds.t3Rows(v)) {
            List<String> parts = new ArrayList<>();
            for (String c : CellIds.T3_APPLICANT_COLUMNS) parts.add(CellIds.t3(row, c));
            eqs.add(new Equation(List.of(CellIds.t3(row, "total")), parts));
        }
        for (String c : CellIds.T3_COLUMNS) {
            List<String> results = new ArrayList<>();
            for (String row : CellIds.t3ResultRows(v)) results.add(CellIds.t3(row, c));
            eqs.add(new Equation(List.of(CellIds.t3("result_total", c)), results));
            eqs.add(new Equation(List.of(CellIds.t3("new", c), CellIds.t3("carried_in", c)),
                    List.of(CellIds.t3("result_total", c), CellIds.t3("carried_out", c))));
        }
        return eqs;
    }

}

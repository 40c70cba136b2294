package nianbao.check.rules;

import nianbao.check.CheckContext;
import nianbao.check.Evidence;
import nianbao.check.Finding;
import nianbao.check.Labels;
import nianbao.check.Severity;
import nianbao.extract.Figure;
import nianbao.extract.FigureKind;
import nianbao.extract.Scope;
import nianbao.extract.Term;
import nianbao.model.Section;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * NARRATIVE_INTERNAL_MISMATCH: the narrative states the same quantity twice with different values, or "共N…其中a、b、c"
 * whose parts add up to more than N (less is normal: 其中 lists a subset).
 */
public final class NarrativeInternalMismatch extends BaseRule {
    public NarrativeInternalMismatch() { super("NARRATIVE_INTERNAL_MISMATCH", "正文前后不一致 (narrative contradicts itself)"); }

    /** After the whole: at most a few words naming it ("…申请"), one sentence end, then 其中. */
    private static final Pattern OPENS_PARTS = Pattern.compile("^[^。；;\\n其]{0,24}[。；;]?[\\s，,]*其中");

    @Override
    public List<Finding> check(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        sameQuantityTwice(ctx, out);
        partsExceedWhole(ctx, out);
        return out;
    }

    private void sameQuantityTwice(CheckContext ctx, List<Finding> out) {
        Map<List<String>, Figure> seen = new HashMap<>();
        Set<List<String>> reported = new HashSet<>();
        for (Figure f : ctx.figures()) {
            if (f.scope() != Scope.WHOLE || f.approximate() || f.readings().size() != 1) continue;
            for (Term t : f.readings().get(0).terms()) {
                Figure earlier = seen.get(t.cells());
                if (earlier == null) {
                    seen.put(t.cells(), f);
                    continue;
                }
                BigDecimal before = valueOf(earlier, t.cells());
                if (before == null || before.compareTo(t.value()) == 0 || !reported.add(t.cells())) continue;
                String what = t.cells().size() == 1 ? Labels.cell(t.cells().get(0)) : String.join("+", t.cells());
                out.add(CheckContext.finding(this, Severity.ERROR,
                        "正文两处陈述同一数字（" + what + "）却不一致：“" + earlier.text() + "”为" + Labels.number(before)
                                + "，“" + f.text() + "”为" + Labels.number(t.value()),
                        t.cells(), before, t.value(), List.of(CheckContext.evidence(earlier), CheckContext.evidence(f))));
            }
        }
    }

    private static BigDecimal valueOf(Figure f, List<String> cells) {
        for (Term t : f.readings().get(0).terms()) if (t.cells().equals(cells)) return t.value();
        return null;
    }

    private void partsExceedWhole(CheckContext ctx, List<Finding> out) {
        List<Figure> figures = ctx.figures();
        for (int i = 0; i < figures.size(); i++) {
            Figure whole = figures.get(i);
            if (whole.kind() != FigureKind.COUNT || whole.approximate()) continue;
            String text = sectionText(ctx, whole.section());
            if (text == null || i + 1 >= figures.size()) continue;
            Figure next = figures.get(i + 1);
            if (!next.section().equals(whole.section()) || next.start() < whole.end()) continue;
            String between = text.substring(whole.end(), next.end());
            if (!OPENS_PARTS.matcher(between).lookingAt()) continue;
            List<Figure> parts = new ArrayList<>();
            for (int j = i + 1; j < figures.size(); j++) {
                Figure p = figures.get(j);
                Figure prev = j == i + 1 ? whole : figures.get(j - 1);
                if (p.kind() != FigureKind.COUNT || !p.section().equals(whole.section()) || p.start() < prev.end()) break;
                String gap = text.substring(prev.end(), p.start());
                if (j > i + 1 && (gap.contains("\n") || holdsSentenceEnd(gap))) break;
                if (j == i + 1 && (gap.contains("\n") || holdsSentenceEnd(afterSubset(text, prev.end(), p.end())))) break;
                parts.add(p);
            }
            if (parts.size() < 2 && (parts.isEmpty() || parts.get(0).value().compareTo(whole.value()) <= 0)) continue;
            if (!comparable(whole, parts)) continue;
            BigDecimal sum = parts.stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(whole.value()) <= 0) continue;
            List<Evidence> evidence = new ArrayList<>(List.of(CheckContext.evidence(whole)));
            Evidence last = CheckContext.evidence(parts.get(parts.size() - 1));
            if (!evidence.contains(last)) evidence.add(last);
            out.add(CheckContext.finding(this, Severity.ERROR,
                    "正文“" + whole.text() + "”共" + Labels.number(whole.value()) + unit(whole) + "，其后“其中”所列各项合计"
                            + Labels.number(sum) + unit(whole) + "，超过总数",
                    whole.cells(), whole.value(), sum, evidence));
        }
    }

    /** Whether {@code s} holds 。, ； or ;: the parts' list has ended. */
    private static boolean holdsSentenceEnd(String s) {
        return s.indexOf('。') >= 0 || s.indexOf('；') >= 0 || s.indexOf(';') >= 0;
    }

    /** The text from 其中 up to the end of the first part's phrase start. */
    private static String afterSubset(String text, int from, int to) {
        String t = text.substring(from, to);
        int q = t.indexOf("其中");
        return q < 0 ? t : t.substring(q);
    }

    private static String unit(Figure f) { return f.unit() == null ? "" : f.unit(); }

    /**
     * Parts in one unit family, none approximate, that divide the whole: channels of requests; result rows of the
     * requests handled; the applicant columns of the row the whole counts; new and carried-in requests of all requests
     * handled; or, unmapped, the kinds of published items. Anything else ("答复1453件，包括上年结转30件。其中，予以公开
     * 966件…") is not a breakdown of the figure before 其中.
     */
    private static boolean comparable(Figure whole, List<Figure> parts) {
        for (Figure p : parts) {
            if (p.approximate() || !Figure.isCountUnit(p.unit()) || !Figure.isCountUnit(whole.unit())) return false;
        }
        if (parts.stream().allMatch(p -> p.scope() == Scope.CHANNEL)) return true;
        if (parts.stream().noneMatch(Figure::mapsToCells)) return !whole.mapsToCells();
        if (!parts.stream().allMatch(Figure::mapsToCells) || !whole.mapsToCells()) return false;
        Set<String> rows = new HashSet<>();
        Set<String> columns = new HashSet<>();
        for (Figure p : parts) {
            for (String c : firstCells(p)) {
                String[] id = c.split("\\.");
                if (id.length != 3 || !id[0].equals("t3")) return false;
                rows.add(id[1]);
                columns.add(id[2]);
            }
        }
        Set<List<String>> wholeReadings = new HashSet<>();
        for (var r : whole.readings()) wholeReadings.add(r.terms().get(0).cells());
        boolean resultRows = rows.stream().noneMatch(Set.of("new", "carried_in", "carried_out", "result_total")::contains);
        if (resultRows) {
            return wholeReadings.contains(List.of("t3.result_total.total")) || wholeReadings.contains(List.of("t3.new.total"))
                    || wholeReadings.contains(List.of("t3.new.total", "t3.carried_in.total"));
        }
        if (rows.size() == 1 && !columns.contains("total")) {
            return wholeReadings.contains(List.of("t3." + rows.iterator().next() + ".total"));
        }
        if (Set.of("new", "carried_in").containsAll(rows)) {
            return wholeReadings.contains(List.of("t3.new.total", "t3.carried_in.total"));
        }
        return false;
    }

    private static List<String> firstCells(Figure f) {
        return f.readings().get(0).terms().get(0).cells();
    }


    private static String sectionText(CheckContext ctx, String sectionId) {
        for (Section s : ctx.report().sections()) if (s.key().id().equals(sectionId)) return s.text();
        return null;
    }
}

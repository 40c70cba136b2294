package nianbao.extract;

import nianbao.model.CellIds;
import nianbao.model.FormatVersion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Zero claims: an existential negation (未收到, 没有, 未发生, 无…) over a clause that names requests, review and
 * litigation, carry-over or a table 二 item — a figure of 0 over every cell the clause covers.
 */
final class ZeroClaims {
    private final FormatVersion version;
    private final ScopeResolver scopes;

    ZeroClaims(FormatVersion version, ScopeResolver scopes) {
        this.version = version;
        this.scopes = scopes;
    }

    /** [start, end) of each zero claim in the sentence: from the negation to the end of its clause. */
    static List<int[]> spans(String s) {
        List<int[]> spans = new ArrayList<>();
        int from = 0;
        int st;
        while (from < s.length() && (st = Cues.NEGATION_WORDS.find(s, from, s.length())) >= 0) {
            int negationEnd = Cues.NEGATION_WORDS.endAt(s, st, s.length());
            from = negationEnd;
            if (notZeroAt(s, st)) continue;
            int end = st;
            while (end < s.length() && "，,；;。！？".indexOf(s.charAt(end)) < 0) end++;
            // a further negation inside the clause starts its own claim
            int next = Cues.NEGATION_WORDS.find(s, negationEnd, end);
            if (next >= 0 && !notZeroAt(s, next) && next > negationEnd && s.charAt(next - 1) != '和') {
                end = next;
            }
            spans.add(new int[]{st, end});
            from = end;
        }
        return spans;
    }

    /** Whether the negation at {@code at} is one that states no zero (未按时, 无法…). */
    private static boolean notZeroAt(String s, int at) {
        return Cues.NEGATION_NOT_ZERO.opensAt(s, at);
    }

    Figure read(String section, Sentences.Span sent, int zs, int ze, ParagraphState st) {
        String s = sent.text();
        String region = s.substring(zs, ze);
        String cleaned = Cues.withoutNonRequests(Cues.withoutReviewRequests(region));
        List<Term> terms = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        FigureKind kind = FigureKind.ZERO;
        if (region.contains("结转") || region.contains("转结")) {
            if (Cues.CARRY_PHRASE.matcher(region).find() && region.matches(".*(上一?年度?|往年)(结转|转结).*|.*结转上.*")) {
                terms.add(Term.of(CellIds.t3("carried_in", "total"), BigDecimal.ZERO));
                labels.add("上年结转");
            } else {
                terms.add(Term.of(CellIds.t3("carried_out", "total"), BigDecimal.ZERO));
                labels.add("结转下年度");
                kind = FigureKind.COMPLETION;
            }
        } else {
            List<String> groups = T4Mapper.groups(cleaned);
            if (!groups.isEmpty()) {
                String column = T4Mapper.column(cleaned); // "未出现…纠错的案件" speaks of one column only
                for (String g : groups) terms.add(Term.of(CellIds.t4(g, column == null ? "total" : column), BigDecimal.ZERO));
                labels.add("行政复议、行政诉讼");
            }
            // "未发生依申请公开政府信息方面的行政复议": the request words only qualify the review; a claim about review
            // and litigation is read as that alone.
            if (groups.isEmpty() && Cues.APPLICATION.in(cleaned)) {
                boolean everything = Cues.PROCESSED.matcher(region).find() || Cues.ZERO_REPORT.matcher(s).find();
                if (everything) {
                    for (String id : CellIds.t3Cells(version)) terms.add(Term.of(id, BigDecimal.ZERO));
                    labels.add("政府信息公开申请（全部）");
                } else {
                    terms.add(Term.of(CellIds.t3("new", "total"), BigDecimal.ZERO));
                    labels.add("政府信息公开申请");
                }
                st.topic = ParagraphState.Topic.APPLICATION;
            }
            if (terms.isEmpty()) {
                String cell = T2Mapper.cell(region, version, null);
                if (cell != null) {
                    terms.add(Term.of(cell, BigDecimal.ZERO));
                    labels.add(cell);
                }
            }
        }
        if (terms.isEmpty()) return null;
        String sentenceLeft = s.substring(0, zs);
        ScopeResolver.Decision d = scopes.resolve(sentenceLeft, region);
        Matcher restricted = Cues.RESTRICTED.matcher(region);
        if (d.scope() == Scope.WHOLE && restricted.find()) d = new ScopeResolver.Decision(Scope.SUBSET, restricted.group());
        return new Figure(kind, section, BigDecimal.ZERO, null, false, String.join("、", labels), d.scope(), d.cue(),
                region, sent.start() + zs, sent.start() + ze, s, sent.start(), sent.end(),
                List.of(new Reading(String.join("、", labels), terms)));
    }
}

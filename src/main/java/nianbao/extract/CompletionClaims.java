package nianbao.extract;

import nianbao.model.CellIds;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Completion claims: after a figure of requests, words saying they were all handled (已办结, 均已按时答复, 进行办理和答复,
 * 答复率100%) — a figure of 0 for 结转下年度, unless the sentence also speaks of something pending.
 */
final class CompletionClaims {
    private CompletionClaims() {}

    /** "已办结", "均已按时答复", "答复率100%" after a request figure: nothing is carried over. */
    static Figure read(String section, Sentences.Span sent, List<Figure> found, ParagraphState st) {
        String s = sent.text();
        Figure app = null;
        for (Figure f : found) {
            if (f.kind() == FigureKind.COUNT && f == st.lastApplicationCount) app = f;
            if (f.kind() == FigureKind.COMPLETION) return null;
        }
        int from;
        if (app != null) {
            from = app.end() - sent.start();
        } else if (found.isEmpty() && st.lastApplicationCount != null
                && st.lastApplicationCount.sentenceEnd() <= sent.start()
                && st.figures.contains(st.lastApplicationCount)
                && st.figures.get(st.figures.size() - 1) == st.lastApplicationCount) {
            app = st.lastApplicationCount;
            from = 0;
        } else {
            return null;
        }
        if (Cues.pending(s)) return null;
        for (Figure f : found) {
            if (f.mapsToCells() && f.cells().contains(CellIds.t3("carried_out", "total"))) return null;
        }
        String rest = s.substring(from);
        int at = -1;
        int end = -1;
        Matcher rate = Cues.COMPLETION_RATE.matcher(rest);
        if (rate.find()) {
            at = rate.start();
            end = rate.end();
        }
        Matcher c = Cues.COMPLETION.matcher(rest);
        while (at < 0 && c.find()) {
            String before = rest.substring(Math.max(0, c.start() - 4), c.start());
            String after = rest.substring(c.end());
            if (Cues.NOT_COMPLETION_BEFORE.matcher(before).find()) continue;
            if (Cues.NOT_COMPLETION_AFTER.matcher(after).find()) continue;
            if (Cues.NUMBER.matcher(after).lookingAt()) continue;
            at = c.start();
            end = c.end();
        }
        if (at < 0) return null;
        int clauseStart = FigureExtractor.lastBoundary(rest, at);
        String phrase = rest.substring(clauseStart, end);
        int abs = sent.start() + from + clauseStart;
        return new Figure(FigureKind.COMPLETION, section, BigDecimal.ZERO, null, false, "政府信息公开申请·已全部办结",
                app.scope(), app.scopeCue(), phrase, abs, abs + phrase.length(), s, sent.start(), sent.end(),
                List.of(new Reading("结转下年度", List.of(Term.of(CellIds.t3("carried_out", "total"), BigDecimal.ZERO)))));
    }
}

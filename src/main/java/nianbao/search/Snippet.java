package nianbao.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A short passage of a text around its first matches, with the matches' spans inside the passage. Line breaks and
 * tabs become spaces so a snippet is one line.
 *
 * @param text       the passage
 * @param highlights spans of {@code text} that are matches
 */
public record Snippet(String text, List<MatchFinder.Span> highlights) {
    private static final int CONTEXT = 40;
    private static final int MAX_LENGTH = 160;

    public static Snippet of(String text, List<MatchFinder.Span> matches) {
        if (matches.isEmpty()) {
            return new Snippet(oneLine(text.substring(0, Math.min(text.length(), MAX_LENGTH))), List.of());
        }
        int from = Math.max(0, matches.get(0).start() - CONTEXT);
        int to = Math.min(text.length(), Math.max(matches.get(0).end() + CONTEXT, from + MAX_LENGTH));
        StringBuilder sb = new StringBuilder();
        if (from > 0) sb.append('…');
        int shift = sb.length() - from;
        sb.append(oneLine(text.substring(from, to)));
        if (to < text.length()) sb.append('…');
        List<MatchFinder.Span> hl = new ArrayList<>();
        for (MatchFinder.Span m : matches) {
            if (m.start() >= from && m.end() <= to) hl.add(new MatchFinder.Span(m.start() + shift, m.end() + shift));
        }
        return new Snippet(sb.toString(), List.copyOf(hl));
    }

    /** The passage with each match wrapped in the given marks, e.g. 【 and 】. */
    public String marked(String open, String close) {
        StringBuilder sb = new StringBuilder();
        int last = 0;
        for (MatchFinder.Span h : highlights) {
            sb.append(text, last, h.start()).append(open).append(text, h.start(), h.end()).append(close);
            last = h.end();
        }
        return sb.append(text.substring(last)).toString();
    }

    static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\t', ' ').replace('\r', ' ');
    }
}

package nianbao.extract;

import java.util.ArrayList;
import java.util.List;

/** Splits narrative text into sentences with their offsets; table rows (tab-separated lines) are left out. */
public final class Sentences {
    private Sentences() {}

    /** A piece of text and its offsets in the text it was cut from. */
    public record Span(String text, int start, int end, int paragraph) {}

    private static boolean endsSentence(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?';
    }

    /** Sentences in order; {@code paragraph} numbers the source line so that context can carry within a paragraph. */
    public static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int lineStart = 0;
        int paragraph = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            // one pass: cut at sentence ends, and take the cuts back if a tab shows the line is a table row
            int before = out.size();
            boolean blank = true;
            boolean row = false;
            int s = lineStart;
            for (int i = lineStart; i < lineEnd; i++) {
                char c = text.charAt(i);
                if (c == '\t') {
                    row = true;
                    break;
                }
                if (blank && !Character.isWhitespace(c)) blank = false;
                if (endsSentence(c)) {
                    add(out, text, s, i + 1, paragraph);
                    s = i + 1;
                }
            }
            if (row) {
                out.subList(before, out.size()).clear();
            } else if (!blank) { // a prose line: not blank, no tab
                add(out, text, s, lineEnd, paragraph);
                paragraph++;
            }
            if (lineEnd == text.length()) break;
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static void add(List<Span> out, String text, int s, int e, int paragraph) {
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e > s) out.add(new Span(text.substring(s, e), s, e, paragraph));
    }
}

package nianbao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Removes what Word and Markdown exports leave in report text (FORMAT.md hazard 5) and splits it into lines. */
public final class TextCleaner {
    private TextCleaner() {}

    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");
    private static final Pattern BOLD = Pattern.compile("\\*\\*");
    private static final Pattern LIST_MARKER = Pattern.compile("^- (?=\\S)");

    public static List<String> lines(String text) {
        // indexOf of one char is the fast scan; the replacements scan again only where there is something to replace
        String t = text;
        if (t.indexOf('\r') >= 0) t = t.replace("\r\n", "\n").replace('\r', '\n');
        if (t.indexOf('\uFEFF') >= 0) t = t.replace("\uFEFF", "");
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int nl = t.indexOf('\n'); nl >= 0; nl = t.indexOf('\n', start)) {
            out.add(clean(t.substring(start, nl)));
            start = nl + 1;
        }
        out.add(clean(t.substring(start))); // the last line: empty after a final line break
        // drop trailing empty lines
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) out.remove(out.size() - 1);
        return out;
    }

    public static String clean(String line) {
        // one look for the characters the markup patterns and the replacement need: most lines have none of them
        boolean markup = hasMarkupChar(line);
        String l = line;
        // each pattern only where its literal start occurs
        if (markup && l.contains("[bookmark: ")) l = BOOKMARK.matcher(l).replaceAll("");
        if (markup && l.contains("**")) l = BOLD.matcher(l).replaceAll("");
        if (l.startsWith("- ")) l = LIST_MARKER.matcher(l).replaceFirst("");
        return markup ? l.replace('\u00A0', ' ') : l;
    }

    /** Whether the line has a bookmark's or bold marker's first character or a non-breaking space. */
    private static boolean hasMarkupChar(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '[' || c == '*' || c == '\u00A0') return true;
        }
        return false;
    }
}

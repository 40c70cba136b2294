package nianbao.read;

import java.util.regex.Pattern;

/** Normalises text taken from markup or page positions: whitespace collapsed, spaces between CJK characters gone. */
public final class CellText {
    private CellText() {}

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000\\u2002\\u2003\\u2009\\u200B]+");

    /** Collapses runs of whitespace to one space, then drops spaces that touch a CJK character or punctuation. */
    public static String normalize(String s) {
        if (s == null) return "";
        String t = SPACES.matcher(s).replaceAll(" ").strip();
        if (t.indexOf(' ') < 0) return t;
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < t.length() && (isWide(t.charAt(i - 1)) || isWide(t.charAt(i + 1)))) continue;
            sb.append(c);
        }
        return sb.toString();
    }

    /** Joins two pieces of one wrapped sentence or cell: no space where either side is CJK, else one space. */
    public static String join(String a, String b) {
        if (a.isEmpty()) return b;
        if (b.isEmpty()) return a;
        boolean tight = isWide(a.charAt(a.length() - 1)) || isWide(b.charAt(0));
        return tight ? a + b : a + " " + b;
    }

    /** True for a cell that holds a value rather than a label: a number or a placeholder such as {@code /}. */
    public static boolean isNumeric(String cell) {
        return cell != null && !CellValue.isEmpty(cell) && CellValue.isValue(cell);
    }

    /** CJK ideographs, full-width forms and CJK punctuation: text written without spaces between characters. */
    public static boolean isWide(char c) {
        return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF)
                || (c >= 0x3000 && c <= 0x303F) || c == '“' || c == '”' || c == '‘' || c == '’' || c == '…' || c == '—';
    }
}

package nianbao.read;

import java.math.BigDecimal;

/**
 * Reads one table cell as printed: a number, a blank ({@code /}, {@code -}, empty) or text (a label). The one
 * classifier of cells, used by the readers (to tell label cells from value cells) and the parser alike.
 */
public final class CellValue {
    private CellValue() {}

    /** The characters of a placeholder cell ({@code /}, {@code -}, {@code —} …); {@code 无} counts only alone. */
    private static final String PLACEHOLDER_CHARS = "/-—–－／一";

    /** Trims ASCII, full-width and non-breaking spaces and folds full-width digits and signs to ASCII. */
    public static String normalise(String raw) {
        // Most cells (ASCII numbers, Chinese labels) are already normal: no copy for them.
        if (isNormal(raw)) return raw;
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '０' && c <= '９') c = (char) ('0' + (c - '０'));
            else if (c == '．') c = '.';
            else if (c == '，' && sb.length() > 0 && Character.isDigit(sb.charAt(sb.length() - 1))) c = ',';
            else if (c == '－' || c == '−') c = '-';
            else if (c == '＋') c = '+';
            else if (isSpace(c)) continue;
            sb.append(c);
        }
        return sb.toString();
    }

    /** Whether {@link #normalise} would leave the text as it is. */
    private static boolean isNormal(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '０' && c <= '９' || c == '．' || c == '，' || c == '－' || c == '−' || c == '＋' || isSpace(c))
                return false;
        }
        return true;
    }

    /** A space of any width (ASCII, full-width, non-breaking, Unicode's others): never part of a cell's text. */
    public static boolean isSpace(char c) {
        // U+3000 is the last space of all: CJK text is answered without a lookup, the rest by one bit
        return c <= '\u3000' && (SPACES[c >>> 6] & 1L << c) != 0;
    }

    /** {@link #isSpace} for U+0000 to U+3000 as bits, worked out once: Unicode's tables are slow for “ ” — …. */
    private static final long[] SPACES = new long[('\u3000' >>> 6) + 1];

    static {
        for (char c = 0; c <= '\u3000'; c++) {
            if (c == '\u3000' || c == '\u00A0' || Character.isWhitespace(c)) SPACES[c >>> 6] |= 1L << c;
        }
    }

    /** Nothing printed at all, only spaces; {@code /} and {@code -} are something (a blank value, see {@link #isValue}). */
    public static boolean isEmpty(String raw) {
        for (int i = 0; i < raw.length(); i++) if (!isSpace(raw.charAt(i))) return false;
        return true;
    }

    public static boolean isNumber(String raw) { return isNormalNumber(normalise(raw)); }

    /** A field that belongs to the value part of a row: a number or a blank. */
    public static boolean isValue(String raw) {
        // Most fields are labels: their first printed character already says no, without normalising them.
        int i = 0;
        while (i < raw.length() && isSpace(raw.charAt(i))) i++;
        if (i < raw.length() && !mayStartValue(raw.charAt(i))) return false;
        String n = normalise(raw);
        return isNormalNumber(n) || isNormalBlank(n);
    }

    /**
     * Whether a value may start with this character, the first that is not a space: one that normalises to a sign
     * or a digit (a number), {@code 无} or a placeholder character (a blank).
     */
    private static boolean mayStartValue(char c) {
        return isDigit(c) || c >= '０' && c <= '９' || VALUE_STARTS.indexOf(c) >= 0;
    }

    /** The signs as printed ({@code +}, {@code -} and their full-width and minus forms), {@code 无} and placeholders. */
    private static final String VALUE_STARTS = "+-－−＋无" + PLACEHOLDER_CHARS;

    /** The number, or null for a blank; text is not a value and gives null too. */
    public static BigDecimal parse(String raw) {
        String n = normalise(raw);
        long whole = plainWholeNumber(n);
        if (whole >= 0) return BigDecimal.valueOf(whole);
        if (!isNormalNumber(n)) return null;
        String digits = n.replace(",", "").replace("+", "");
        // signed or grouped whole numbers: the same value and scale (0) without parsing a BigDecimal
        if (digits.length() <= 18 && digits.indexOf('.') < 0) return BigDecimal.valueOf(Long.parseLong(digits));
        BigDecimal v = new BigDecimal(digits);
        return v.scale() > 0 ? v.stripTrailingZeros() : v;
    }

    /**
     * The value of one to eighteen ASCII digits and nothing else (most cells), else -1: the value {@link #parse} gets
     * for them by the longer way, read in one pass.
     */
    private static long plainWholeNumber(String n) {
        int len = n.length();
        if (len == 0 || len > 18) return -1;
        long v = 0;
        for (int i = 0; i < len; i++) {
            char c = n.charAt(i);
            if (!isDigit(c)) return -1;
            v = 10 * v + (c - '0');
        }
        return v;
    }

    /** {@code [+-]?\d[\d,]*(\.\d+)?} over the whole normalised text, ASCII digits only. */
    private static boolean isNormalNumber(String n) {
        int len = n.length(), i = 0;
        if (i < len && (n.charAt(i) == '+' || n.charAt(i) == '-')) i++;
        if (i >= len || !isDigit(n.charAt(i))) return false;
        i++;
        while (i < len && (isDigit(n.charAt(i)) || n.charAt(i) == ',')) i++;
        if (i == len) return true;
        if (n.charAt(i) != '.') return false;
        i++;
        if (i >= len || !isDigit(n.charAt(i))) return false;
        while (i < len && isDigit(n.charAt(i))) i++;
        return i == len;
    }

    /** Empty, a run of placeholder characters, or {@code 无}, over the whole normalised text. */
    private static boolean isNormalBlank(String n) {
        if (n.isEmpty() || n.equals("无")) return true;
        for (int i = 0; i < n.length(); i++) if (PLACEHOLDER_CHARS.indexOf(n.charAt(i)) < 0) return false;
        return true;
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }
}

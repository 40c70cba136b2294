package nianbao.read;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads one table cell as printed: a number, a blank ({@code /}, {@code -}, empty) or text (a label). The one
 * classifier of cells, used by the readers (to tell label cells from value cells) and the parser alike.
 */
public final class CellValue {
    private CellValue() {}

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d[\\d,]*(\\.\\d+)?");
    private static final Pattern PLACEHOLDER = Pattern.compile("[/\\-—–－／一]+|无");

    /** Trims ASCII, full-width and non-breaking spaces and folds full-width digits and signs to ASCII. */
    public static String normalise(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '０' && c <= '９') c = (char) ('0' + (c - '０'));
            else if (c == '．') c = '.';
            else if (c == '，' && sb.length() > 0 && Character.isDigit(sb.charAt(sb.length() - 1))) c = ',';
            else if (c == '－' || c == '−') c = '-';
            else if (c == '＋') c = '+';
            else if (c == '\u3000' || c == '\u00A0' || Character.isWhitespace(c)) continue;
            sb.append(c);
        }
        return sb.toString();
    }

    public static boolean isNumber(String raw) { return NUMBER.matcher(normalise(raw)).matches(); }

    /** Blank, {@code /}, {@code -} and the like: a cell with no value. */
    public static boolean isBlank(String raw) {
        String n = normalise(raw);
        return n.isEmpty() || PLACEHOLDER.matcher(n).matches();
    }

    /** A field that belongs to the value part of a row: a number or a blank. */
    public static boolean isValue(String raw) { return isNumber(raw) || isBlank(raw); }

    /** The number, or null for a blank; text is not a value and gives null too. */
    public static BigDecimal parse(String raw) {
        String n = normalise(raw);
        if (!NUMBER.matcher(n).matches()) return null;
        BigDecimal v = new BigDecimal(n.replace(",", "").replace("+", ""));
        return v.scale() > 0 ? v.stripTrailingZeros() : v;
    }
}

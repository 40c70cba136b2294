package nianbao.extract;

import java.math.BigDecimal;

/** Reads the numerals narratives use: Arabic, full-width Arabic and Chinese (一, 两, 十二, 三百零五, 1.2万). */
public final class Numerals {
    private Numerals() {}

    /** Characters that can make up a Chinese numeral. */
    public static final String CHINESE_CHARS = "零〇一二两三四五六七八九十百千万亿";

    /** Arabic digits, ASCII and full-width. */
    public static final String DIGITS = "0123456789０１２３４５６７８９";

    /** Arabic digits (ASCII or full-width) with an optional decimal part, or a run of Chinese numeral characters. */
    public static final String PATTERN =
            "(?:[" + DIGITS + "]+(?:[.．][" + DIGITS + "]+)?|[" + CHINESE_CHARS + "]+)";

    /** The value of a numeral, with an optional trailing 万/亿 multiplier; null when it is not a numeral. */
    public static BigDecimal parse(String s) {
        if (s == null || s.isEmpty()) return null;
        String t = toAscii(s);
        BigDecimal mult = BigDecimal.ONE;
        // "10万", "1.2亿": Arabic mantissa with a Chinese multiplier.
        if (t.length() > 1 && Character.isDigit(t.charAt(0))) {
            char last = t.charAt(t.length() - 1);
            if (last == '万') { mult = BigDecimal.valueOf(10_000); t = t.substring(0, t.length() - 1); }
            else if (last == '亿') { mult = BigDecimal.valueOf(100_000_000); t = t.substring(0, t.length() - 1); }
        }
        if (t.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.')) {
            try {
                BigDecimal v = new BigDecimal(t).multiply(mult);
                return v.scale() > 0 ? v.stripTrailingZeros() : v;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        Long v = parseChinese(t);
        return v == null ? null : BigDecimal.valueOf(v);
    }

    /** Full-width digits and point to ASCII. */
    public static String toAscii(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９') sb.append((char) ('0' + (c - '０')));
            else if (c == '．') sb.append('.');
            else sb.append(c);
        }
        return sb.toString();
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    private static int unit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> -1;
        };
    }

    /** Positional Chinese numerals: 十二 = 12, 一百零五 = 105, 两万三千 = 23000; digit strings 二〇二一 = 2021. */
    static Long parseChinese(String s) {
        if (s.isEmpty()) return null;
        boolean allDigits = s.chars().allMatch(c -> digit((char) c) >= 0);
        if (allDigits && s.length() > 1) {
            long v = 0;
            for (char c : s.toCharArray()) v = v * 10 + digit(c);
            return v;
        }
        long total = 0, section = 0, current = 0;
        boolean any = false, lastWasDigit = false;
        for (char c : s.toCharArray()) {
            int d = digit(c);
            if (d >= 0) { current = d; any = true; lastWasDigit = true; continue; }
            int u = unit(c);
            if (u > 0) {
                section += (lastWasDigit ? current : 1) * u; // a leading 十 means 一十
            } else if (c == '万' || c == '亿') {
                total = (total + section + current) * (c == '万' ? 10_000L : 100_000_000L);
                section = 0;
            } else {
                return null;
            }
            current = 0;
            any = true;
            lastWasDigit = false;
        }
        return any ? total + section + current : null;
    }

    /** Whether the four characters before {@code at} are a year 19xx or 20xx in ASCII digits (what stands before 年). */
    public static boolean yearEndsAt(CharSequence s, int at) {
        if (at < 4) return false;
        char a = s.charAt(at - 4), b = s.charAt(at - 3);
        return (a == '1' && b == '9' || a == '2' && b == '0') && isAsciiDigit(s.charAt(at - 2)) && isAsciiDigit(s.charAt(at - 1));
    }

    private static boolean isAsciiDigit(char c) { return c >= '0' && c <= '9'; }
}

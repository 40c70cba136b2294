package nianbao.parse;

import nianbao.model.SectionKey;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the six section headings in all the variants FORMAT.md lists: Chinese or Arabic numbering or none,
 * leading spaces, and the reworded titles agencies use. Table row labels that look like headings
 * ({@code 一、本年新收…}, {@code 四、结转下年度继续办理}) do not match: their words are not a section's.
 */
final class HeadingMatcher {
    private HeadingMatcher() {}

    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:([一二三四五六])\\s*[、.．，,]|([1-6])\\s*[、.．]|第([一二三四五六])部分[、：:]?)\\s*(.+)$");
    private static final String CHINESE_NUMERALS = "一二三四五六";
    private static final Pattern TRAILING_STOPS = Pattern.compile("[：:。]+$");
    private static final java.util.Set<String> OVERVIEW_TITLES = java.util.Set.of("总体情况", "总体概况", "概述", "工作概述", "总体工作情况");

    private static final int MAX_LENGTH = 40;

    /**
     * One character of each word {@link #keyOf} looks for (总体/概述, 主动公开, 收到/申请, 复议, 问题, 其他): a line
     * with none of them is no heading, and most short lines (table labels and values) have none.
     */
    private static boolean isCue(char c) {
        switch (c) {
            case '总', '概', '主', '收', '申', '复', '问', '其': return true;
            default: return false;
        }
    }

    /**
     * Whether the line could be a heading, told without building the normalised string: it must hold a cue
     * character, and it must not stay longer than {@code max} once normalised and stripped of its trailing stops
     * (most lines are narrative paragraphs, far too long).
     */
    private static boolean mayBeHeading(String line, int max) {
        if (line.length() > max && certainlyLongerThan(line, max)) return false;
        for (int i = 0; i < line.length(); i++) if (isCue(line.charAt(i))) return true; // normalising keeps cues
        return false;
    }

    /**
     * Whether the line stays longer than {@code max} once normalised and stripped of its trailing stops. Counts the
     * characters normalising keeps, less every stop character (at most those can be stripped).
     */
    private static boolean certainlyLongerThan(String line, int max) {
        int kept = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Labels.isDropped(c) || isStop(c)) continue;
            if (++kept > max) return true;
        }
        return false;
    }

    /** The section a line heads, or empty when it is no heading. */
    static Optional<SectionKey> match(String line) {
        if (line.indexOf('\t') >= 0 || !mayBeHeading(line, MAX_LENGTH)) return Optional.empty();
        String t = Labels.normalise(line);
        t = withoutTrailingStops(t);
        if (t.isEmpty() || t.length() > MAX_LENGTH || t.startsWith("（")) return Optional.empty();
        Integer number = null;
        String body = t;
        Matcher m = mayBeNumbered(t) ? NUMBERED.matcher(t) : null;
        if (m != null && m.matches()) {
            String n = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            number = Character.isDigit(n.charAt(0)) ? n.charAt(0) - '0' : CHINESE_NUMERALS.indexOf(n) + 1;
            body = m.group(4);
        }
        if (body.contains("。") || body.contains("；") || body.length() > 32) return Optional.empty();
        SectionKey key = keyOf(body, number != null);
        if (key == null) return Optional.empty();
        if (number != null && number != key.number()) return Optional.empty();
        return Optional.of(key);
    }

    /**
     * {@link #TRAILING_STOPS} removed: the run of stops at the end, cut off by hand. Normalising has dropped every
     * line break but U+0085 (not whitespace to Java); where it ends the text, the pattern's {@code $} may match before
     * it too: the pattern decides there.
     */
    private static String withoutTrailingStops(String t) {
        int end = t.length();
        if (end > 0 && t.charAt(end - 1) == '\u0085') return TRAILING_STOPS.matcher(t).replaceAll("");
        while (end > 0 && isStop(t.charAt(end - 1))) end--;
        return t.substring(0, end);
    }

    private static boolean isStop(char c) { return c == '：' || c == ':' || c == '。'; }

    /** Whether {@link #NUMBERED} may match: each of its alternatives starts with a numeral or 第. */
    private static boolean mayBeNumbered(String t) {
        char c = t.charAt(0);
        return c >= '1' && c <= '6' || c == '第' || CHINESE_NUMERALS.indexOf(c) >= 0;
    }

    /** Loose words when the heading is numbered, the standard core when it is not. */
    private static SectionKey keyOf(String b, boolean numbered) {
        if (OVERVIEW_TITLES.contains(b)) return SectionKey.OVERVIEW;
        if (b.contains("主动公开") && (numbered ? b.contains("情况") || b.endsWith("政府信息") : b.contains("主动公开政府信息情况")))
            return SectionKey.ACTIVE;
        if (b.contains("收到和处理") || (numbered && b.contains("申请") && b.contains("处理") && b.endsWith("情况")))
            return SectionKey.APPLICATIONS;
        if (b.contains("复议") && b.contains("诉讼") && (b.endsWith("情况") || b.endsWith("统计")))
            return SectionKey.REVIEW;
        if (b.contains("问题") && (b.contains("改进") || b.contains("措施") || b.contains("整改")) && (numbered || b.startsWith("存在") || b.startsWith("当前")))
            return SectionKey.PROBLEMS;
        if (b.equals("其他需要报告的事项") || b.equals("其他事项") || (numbered && b.startsWith("其他") && b.contains("事项")))
            return SectionKey.OTHER;
        return null;
    }
}

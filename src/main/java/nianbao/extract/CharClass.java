package nianbao.extract;

import java.util.BitSet;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;

/**
 * A set of characters, for cheap prefilters: a regex whose every match holds (or starts with) one of these characters
 * need not run over text that has none of them (java.util.regex tries its alternations at every position, which is
 * what made the narrative readers slow).
 */
public final class CharClass {
    /** The characters regex {@code \s} stands for (without {@code UNICODE_CHARACTER_CLASS}). */
    public static final String REGEX_SPACE = " \t\n\u000B\f\r";

    private final BitSet chars = new BitSet();

    private CharClass(String chars) {
        for (int i = 0; i < chars.length(); i++) this.chars.set(chars.charAt(i));
    }

    /** The set of the characters of {@code chars}. */
    public static CharClass of(String chars) {
        return new CharClass(chars);
    }

    /** The first characters of the words of a {@code |}-separated list of plain words (a regex alternation). */
    public static CharClass firstOf(String words) {
        return of(firstChars(words));
    }

    /** The last characters of the words of a {@code |}-separated list of plain words. */
    public static CharClass lastOf(String words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words.split("\\|")) sb.append(w.charAt(w.length() - 1));
        return of(sb.toString());
    }

    private static String firstChars(String words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words.split("\\|")) sb.append(w.charAt(0));
        return sb.toString();
    }

    /** The characters of this set and of {@code other}. */
    public CharClass or(CharClass other) {
        CharClass both = new CharClass("");
        both.chars.or(chars);
        both.chars.or(other.chars);
        return both;
    }

    public boolean contains(char c) {
        return chars.get(c);
    }

    /** The first index at or after {@code from} of a character of the set, or -1. */
    public int indexIn(CharSequence s, int from) {
        for (int i = Math.max(from, 0); i < s.length(); i++) if (chars.get(s.charAt(i))) return i;
        return -1;
    }

    /**
     * {@code m.find(from)} over {@code s} for a pattern whose every match starts with a character of this set: the
     * same match, but the regex is tried only at those positions.
     */
    public boolean find(Matcher m, CharSequence s, int from) {
        return find(m, s, from, null, null);
    }

    /**
     * {@code m.find(from)} over {@code s}, the regex tried only at the characters of this set at or after
     * {@code from}. With a {@code lead} set, the pattern's matches instead start one character earlier, on a
     * character of {@code lead} (or at the text's start, {@code ^}, on the set character itself). A
     * {@code worthTrying} test, if given, passes over positions where it knows no match starts.
     */
    public boolean find(Matcher m, CharSequence s, int from, CharClass lead, IntPredicate worthTrying) {
        m.useAnchoringBounds(false).useTransparentBounds(true);
        for (int j = indexIn(s, from); j >= 0; j = indexIn(s, j + 1)) {
            int start = j;
            if (lead != null && j > 0) {
                start = j - 1;
                if (start < from || !lead.contains(s.charAt(start))) continue;
            }
            if (worthTrying != null && !worthTrying.test(j)) continue;
            m.region(start, s.length());
            if (m.lookingAt()) return true;
        }
        return false;
    }

    /** True when {@code s} holds a character of the set. */
    public boolean anyIn(CharSequence s) {
        return indexIn(s, 0) >= 0;
    }
}

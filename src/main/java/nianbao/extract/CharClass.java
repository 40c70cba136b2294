package nianbao.extract;

import java.util.BitSet;
import java.util.regex.Matcher;

/**
 * A set of characters, for cheap prefilters: a regex whose every match holds (or starts with) one of these characters
 * need not run over text that has none of them (java.util.regex tries its alternations at every position, which is
 * what made the narrative readers slow).
 */
public final class CharClass {
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

    /** As {@link #firstOf}, as a string. */
    public static String firstChars(String words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words.split("\\|")) sb.append(w.charAt(0));
        return sb.toString();
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
     * {@code m.find(from)} over {@code s} for a pattern whose matches start with a character of this set (or, at the
     * start of the text only, with {@code ^}): the same match, but the regex is tried only at those positions.
     */
    public boolean find(Matcher m, CharSequence s, int from) {
        m.useAnchoringBounds(false).useTransparentBounds(true);
        int i = from == 0 ? 0 : indexIn(s, from);
        for (; i >= 0 && i <= s.length(); i = indexIn(s, i + 1)) {
            m.region(i, s.length());
            if (m.lookingAt()) return true;
        }
        return false;
    }

    /** True when {@code s} holds a character of the set. */
    public boolean anyIn(CharSequence s) {
        return indexIn(s, 0) >= 0;
    }
}

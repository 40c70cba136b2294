package nianbao.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A regex alternation of plain words ({@code 暂未|尚未|…|未}) found by scanning instead of by the regex engine, for
 * short hot alternations where setting up a matcher per position costs more than the match. Same result as
 * {@code Pattern.compile(words).matcher(s).region(from, limit).find()}: the leftmost start, and there the first
 * word in list order that fits before {@code limit}.
 */
public final class WordList {
    /** Characters that make a regex more than an alternation of plain words. */
    private static final String REGEX_SYNTAX = "\\[](){}.*+?^$";

    /** Whether {@code regex} is an alternation of plain words, which a word list finds as the regex does. */
    static boolean isPlain(String regex) {
        for (int i = 0; i < regex.length(); i++) if (REGEX_SYNTAX.indexOf(regex.charAt(i)) >= 0) return false;
        return true;
    }

    private final CharClass firsts;
    /**
     * The distinct first characters of the words, sorted, and for each the words that start with it in list order:
     * a position is tried only against the words that can start there (CHANNELS has 40 words, most sentences none).
     */
    private final char[] firstChars;
    private final String[][] byFirst;

    /** @throws IllegalArgumentException when the alternation holds regex syntax, which a word list would take literally */
    public WordList(String alternation) {
        if (!isPlain(alternation)) throw new IllegalArgumentException("not plain words: " + alternation);
        String[] words = alternation.split("\\|");
        this.firsts = CharClass.firstOf(alternation);
        TreeMap<Character, List<String>> grouped = new TreeMap<>();
        for (String w : words) grouped.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
        this.firstChars = new char[grouped.size()];
        this.byFirst = new String[grouped.size()][];
        int k = 0;
        for (Map.Entry<Character, List<String>> e : grouped.entrySet()) {
            firstChars[k] = e.getKey();
            byFirst[k++] = e.getValue().toArray(new String[0]);
        }
    }

    /** Whether {@code s} holds one of the words: {@code Pattern.compile(words).matcher(s).find()}. */
    public boolean in(String s) {
        return find(s, 0, s.length()) >= 0;
    }

    /** Whether {@code s} starts with one of the words: {@code Pattern.compile("^(" + words + ")").matcher(s).find()}. */
    public boolean opens(String s) {
        return opensAt(s, 0);
    }

    /** Whether one of the words starts at {@code at}: the regex's {@code lookingAt()} from there. */
    boolean opensAt(String s, int at) {
        return at < s.length() && endAt(s, at, s.length()) >= 0;
    }

    /** The first word found in {@code s}, as the regex's first {@code find()} gives it, or null. */
    String first(String s) {
        int at = find(s, 0, s.length());
        return at < 0 ? null : s.substring(at, endAt(s, at, s.length()));
    }

    /** How many times the words occur, as successive {@code find()}s of the regex count them (no overlaps). */
    public int count(String s) {
        int n = 0;
        for (int i = find(s, 0, s.length()); i >= 0; i = find(s, endAt(s, i, s.length()), s.length())) n++;
        return n;
    }

    /** The start of the first word at or after {@code from} that ends by {@code limit}, or -1. */
    int find(String s, int from, int limit) {
        for (int i = firsts.indexIn(s, from); i >= 0 && i < limit; i = firsts.indexIn(s, i + 1)) {
            if (endAt(s, i, limit) >= 0) return i;
        }
        return -1;
    }

    /** Where the word starting at {@code i} ends (the first in list order that fits before {@code limit}), or -1. */
    int endAt(String s, int i, int limit) {
        int k = Arrays.binarySearch(firstChars, s.charAt(i));
        if (k < 0) return -1;
        for (String w : byFirst[k]) {
            if (i + w.length() <= limit && s.startsWith(w, i)) return i + w.length();
        }
        return -1;
    }
}

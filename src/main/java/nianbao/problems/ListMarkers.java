package nianbao.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nianbao.extract.CharClass;

/**
 * Finds the enumeration of a paragraph: 一是/二是, （一）（二）, 1. 2., 一、二、, 首先/其次/最后, 第一/第二.
 * Only a run of consecutive ordinals counts (so a stray "3." in a figure does not split), except that a marker
 * opening the paragraph counts alone: one list item per line.
 */
final class ListMarkers {
    private ListMarkers() {}

    /** A marker: where it starts, where the item text starts, and its ordinal. */
    record Marker(int start, int end, int ordinal) {}

    /** What may precede a marker (other than the start of the text); consumed rather than looked behind for. */
    private static final String BEFORE_CHARS = "。；;，,：:\\s、！!？?";
    private static final String BEFORE = "(?:^|[" + BEFORE_CHARS + "])";
    private static final CharClass BEFORE_SET = CharClass.of(BEFORE_CHARS.replace("\\s", CharClass.REGEX_SPACE));
    private static final String CN_CHARS = "一二三四五六七八九十";
    private static final String CN = "[" + CN_CHARS + "]{1,3}";

    /**
     * One kind of marker, with the characters the marker itself starts with, so that the regex is tried only where
     * one stands ({@code m.find(from)} would try it everywhere).
     */
    private record Family(Pattern pattern, CharClass starts, boolean afterBefore) {
        /** A marker that must follow the start of the text or a {@link #BEFORE} character. */
        static Family after(String marker, String starts) {
            return new Family(Pattern.compile(BEFORE + marker), CharClass.of(starts), true);
        }

        static Family bracketed(String marker) {
            return new Family(Pattern.compile(marker), CharClass.of("（("), false);
        }

        /** {@code m.find(from)} on a matcher of {@link #pattern}. */
        boolean find(Matcher m, String text, int from) {
            return starts.find(m, text, from, afterBefore ? BEFORE_SET : null, null);
        }
    }

    /** Group "m" is the marker, group "n" its number. */
    private static final List<Family> FAMILIES = List.of(
            Family.after("(?<m>(?<n>" + CN + ")是)", CN_CHARS),
            Family.bracketed("(?<m>[（(](?<n>" + CN + ")[）)])"),
            Family.bracketed("(?<m>[（(](?<n>\\d{1,2})[）)])"),
            Family.after("(?<m>(?<n>\\d{1,2})[、.．](?!\\d))", "0123456789"),
            Family.after("(?<m>(?<n>" + CN + ")、)", CN_CHARS),
            Family.after("(?<m>第(?<n>" + CN + ")[，,、：:是])", "第"),
            Family.after("(?<m>(?<n>首先|其次|再次|最后)[，,：:]?)", "首其再最"));

    /** Characters a marker can begin with: those of every family. */
    private static final CharClass MARKER_STARTS =
            FAMILIES.stream().map(Family::starts).reduce(CharClass::or).orElseThrow();

    /**
     * Whether the list found in the text opens at its very start: {@code find(text)} starting at 0, decided at once
     * for the many lines whose first character cannot begin a marker.
     */
    static boolean opensList(String text) {
        return openingEnd(text) >= 0;
    }

    /** Where the item text of the marker opening the list starts, when {@link #opensList}; else -1. */
    static int openingEnd(String text) {
        if (text.isEmpty() || !MARKER_STARTS.contains(text.charAt(0))) return -1;
        List<Marker> m = find(text);
        return !m.isEmpty() && m.get(0).start() == 0 ? m.get(0).end() : -1;
    }

    /** The markers splitting a paragraph into items, in order; empty when it is not a list. */
    static List<Marker> find(String paragraph) {
        List<Marker> best = List.of();
        boolean[] may = mayList(paragraph);
        for (int f = 0; f < FAMILIES.size(); f++) {
            if (!may[f]) continue;
            List<Marker> chain = longestChain(all(FAMILIES.get(f), paragraph));
            boolean opens = !chain.isEmpty() && chain.get(0).start() == 0;
            if (chain.size() < 2 && !opens) continue;
            if (chain.size() > best.size() || (chain.size() == best.size() && !chain.isEmpty()
                    && chain.get(0).start() < best.get(0).start())) {
                best = chain;
            }
        }
        return best;
    }

    /**
     * For each family, whether the text has room for a list of it: a place where a marker could open the text, or
     * two places where one could stand. Fewer can give no chain that {@link #find} keeps, so the regex is spared.
     * One pass over the text for all the families.
     */
    private static boolean[] mayList(String text) {
        boolean[] may = new boolean[FAMILIES.size()];
        int[] places = new int[FAMILIES.size()];
        for (int j = MARKER_STARTS.indexIn(text, 0); j >= 0; j = MARKER_STARTS.indexIn(text, j + 1)) {
            char c = text.charAt(j);
            boolean opensHere = j == 0 || BEFORE_SET.contains(text.charAt(j - 1));
            for (int f = 0; f < may.length; f++) {
                Family family = FAMILIES.get(f);
                if (may[f] || !family.starts().contains(c) || family.afterBefore() && !opensHere) continue;
                if (j == 0 || ++places[f] >= 2) may[f] = true;
            }
        }
        return may;
    }

    /** The family's markers in the text. */
    private static List<Marker> all(Family family, String text) {
        List<Marker> out = new ArrayList<>();
        Matcher m = family.pattern().matcher(text);
        int order = 0;
        int from = 0;
        while (from <= text.length() && family.find(m, text, from)) {
            int ordinal = ordinal(m.group("n"));
            if (ordinal == 0) ordinal = ++order; // 首先/其次/最后: position in the text
            out.add(new Marker(m.start("m"), m.end("m"), ordinal));
            // the next marker may follow right after this one's text, so search on from the marker's end
            from = m.end("m");
        }
        return out;
    }

    /** The longest run 1,2,3… (or k,k+1… when the paragraph opens with k) found in order. */
    private static List<Marker> longestChain(List<Marker> markers) {
        List<Marker> best = List.of();
        for (int i = 0; i < markers.size(); i++) {
            Marker first = markers.get(i);
            if (first.ordinal() != 1 && first.start() != 0) continue;
            List<Marker> chain = new ArrayList<>(List.of(first));
            for (int j = i + 1; j < markers.size(); j++) {
                if (markers.get(j).ordinal() == chain.get(chain.size() - 1).ordinal() + 1) chain.add(markers.get(j));
            }
            if (chain.size() > best.size()) best = chain;
        }
        return best;
    }

    /** 一…九十九 as a number; 0 when the text is not a numeral we handle (首先 etc.). */
    static int ordinal(String s) {
        if (s.equals("首先") || s.equals("其次") || s.equals("再次") || s.equals("最后")) return 0;
        java.math.BigDecimal v = nianbao.extract.Numerals.parse(s);
        return v == null ? -1 : v.intValue();
    }
}

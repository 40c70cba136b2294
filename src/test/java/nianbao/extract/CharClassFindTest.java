package nianbao.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link CharClass#find} and {@link Cues#findNumber} try a regex only where a match can start; they must find what
 * {@link Matcher#find(int)} finds, from every position of every seed line and sentence.
 */
class CharClassFindTest {
    private static final List<String> TEXTS = SeedText.all();

    /** A pattern and the characters its matches start with, as the narrative readers pair them. */
    private record Case(Pattern pattern, CharClass starts) {
        static Case words(String alternation) {
            return new Case(Pattern.compile(alternation), CharClass.firstOf(alternation));
        }
    }

    @Test
    void findIsMatcherFindFromEveryPosition() {
        List<Case> cases = List.of(
                Case.words(Cues.CHANNEL.pattern()),
                Case.words(Cues.NEGATION.pattern()),
                Case.words("通过|收到|接到|接收|受理|办理|处理|公开|发布|公布|推送|制发|印发|作出|答复|在"),
                // a lookbehind before the start: it must see the text before the position tried
                new Case(Pattern.compile("(?<!不)(?<!不够)(?:加强|完善|规范|落实|公开)"), CharClass.firstOf("加强|完善|规范|落实|公开")));
        int finds = 0;
        for (Case c : cases) {
            for (String s : TEXTS) {
                for (int from = 0; from <= s.length(); from++) {
                    Matcher m = c.pattern().matcher(s);
                    boolean found = c.starts().find(m, s, from);
                    if (found) finds++;
                    same(c.pattern(), s, from, found, m);
                }
            }
        }
        assertTrue(finds > 1000, "the seed text holds matches: " + finds);
    }

    @Test
    void findWithLeadIsMatcherFindOfAMarkerAfterPunctuation() {
        String before = "。；;，,：:\\s、！!？?";
        CharClass lead = CharClass.of("。；;，,：:、！!？? \t\n\u000B\f\r");
        CharClass numerals = CharClass.of("一二三四五六七八九十");
        Pattern p = Pattern.compile("(?:^|[" + before + "])(?<m>[一二三四五六七八九十]{1,3}(?:是|、))");
        int finds = 0;
        for (String s : TEXTS) {
            for (int from = 0; from <= s.length(); from++) {
                Matcher m = p.matcher(s);
                boolean found = numerals.find(m, s, from, lead, null);
                if (found) finds++;
                same(p, s, from, found, m);
            }
        }
        assertTrue(finds > 100, "the seed text holds markers: " + finds);
    }

    @Test
    void findNumberIsNumberFindFromEveryPosition() {
        int finds = 0;
        for (String s : TEXTS) {
            for (int from = 0; from <= s.length(); from++) {
                Matcher m = Cues.NUMBER.matcher(s);
                boolean found = Cues.findNumber(m, s, from);
                if (found) finds++;
                same(Cues.NUMBER, s, from, found, m);
            }
        }
        assertTrue(finds > 1000, "the seed text holds figures: " + finds);
    }

    /** The oracle: a fresh matcher's find(from), compared on whether, where and how far it matched. */
    private static void same(Pattern p, String s, int from, boolean found, Matcher m) {
        Matcher want = p.matcher(s);
        boolean wanted = want.find(from);
        String where = p.pattern() + " from " + from + " in: " + s;
        assertEquals(wanted, found, where);
        if (wanted) {
            assertEquals(want.start(), m.start(), where);
            assertEquals(want.end(), m.end(), where);
        }
    }
}

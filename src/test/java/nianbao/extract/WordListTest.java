package nianbao.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link WordList} finds what its alternation's regex finds in a region, from every position of the seed text. */
class WordListTest {
    @Test
    void findIsRegionFindOfTheAlternation() {
        List<String> texts = new java.util.ArrayList<>(SeedText.all());
        texts.addAll(List.of("", "未", "没", "没有", "尚未收到", "暂", "无无", "并未没有未"));
        String alternation = Cues.NEGATION.pattern();
        Pattern p = Pattern.compile(alternation);
        WordList words = new WordList(alternation);
        int finds = 0;
        for (String s : texts) {
            for (int from = 0; from <= s.length(); from++) {
                // the clause ends where the search stops: words must fit before the limit
                for (int limit : new int[]{s.length(), Math.min(s.length(), from + 1), Math.min(s.length(), from + 3)}) {
                    Matcher m = p.matcher(s).region(from, limit);
                    boolean found = m.find();
                    int start = words.find(s, from, limit);
                    assertEquals(found ? m.start() : -1, start, s + " from " + from + " to " + limit);
                    if (found) {
                        finds++;
                        assertEquals(m.end(), words.endAt(s, start, limit), s + " at " + start);
                    }
                }
            }
        }
        assertTrue(finds > 1000, "the seed text holds negations: " + finds);
    }
}

package nianbao.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
                assertEquals(p.matcher(s).region(from, s.length()).lookingAt(), words.opensAt(s, from), s + " at " + from);
            }
            Matcher first = p.matcher(s);
            assertEquals(first.find() ? first.group() : null, words.first(s), s);
        }
        assertTrue(finds > 1000, "the seed text holds negations: " + finds);
    }

    @Test
    void regexSyntaxIsRefusedNotTakenLiterally() {
        // 下一?年度 as a word would never occur in a text: the list must say so at once
        assertThrows(IllegalArgumentException.class, () -> new WordList("顺延|下一?年度"));
        assertThrows(IllegalArgumentException.class, () -> new WordList("其[他它]渠道"));
    }

    @Test
    void theTableThreeCuesFindWhatTheirRegexFound() {
        // T3_STRONG was this regex before it became a word list
        Pattern was = Pattern.compile("新收|结转|转结|顺延|下一?年度|继续办理|正在办理|部分公开|不予公开|无法提供|不予处理|不掌握|"
                + "过程性信息|国家秘密|内部事务|第三方|行政执法案卷|行政查询|另行制作|不明确|重复申请|出版物|大量反复|重新出具|不补正|"
                + "收费通知|办理完成|办结|予以公开|其他处理");
        List<String> texts = new java.util.ArrayList<>(SeedText.all());
        texts.addAll(List.of("另有2件转入下一年度办理", "转入下年度办理", "下一年", "年度"));
        for (String s : texts) {
            for (int from = 0; from < s.length(); from++) {
                String clause = s.substring(from, Math.min(s.length(), from + 12));
                assertEquals(was.matcher(clause).find(), Cues.T3_STRONG.in(clause), clause);
            }
        }
        assertTrue(Cues.T3_STRONG.in("另有2件转入下一年度办理") && Cues.T3_STRONG.in("转入下年度办理"));
    }
}

package nianbao.problems;

import nianbao.extract.SeedText;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Character scans in section 五's reading, held to the regexes they replaced (kept here as the oracles). */
class HandScannersTest {
    /** What {@code splitSentences} replaced. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！!？?；;])");
    /** What {@code ProblemAnalyzer} once removed with a regex to find what a section says. */
    private static final Pattern NOT_SAID = Pattern.compile("[\\p{P}\\p{S}\\s\u3000]");

    /** What {@code atPartHeadings} looked for with a lookbehind. */
    private static final Pattern MID_HEADING = Pattern.compile("(?<=[。！!？?；;])([^，,。：:；;]{2,16})[：:]");

    private static final List<String> TEXTS = SeedText.all();

    @Test
    void splitSentencesIsTheLookbehindSplit() {
        for (String s : TEXTS) assertEquals(Arrays.asList(SENTENCE_END.split(s)), StatementSplitter.splitSentences(s), s);
        for (String s : List.of("；", ";a;", "a；；b", "！a", "?")) {
            assertEquals(Arrays.asList(SENTENCE_END.split(s)), StatementSplitter.splitSentences(s), s);
        }
    }

    @Test
    void notSaidIsTheRegexOnEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean want = NOT_SAID.matcher(new String(Character.toChars(cp))).matches();
            if (want != ProblemAnalyzer.notSaid(cp)) assertEquals(want, ProblemAnalyzer.notSaid(cp), "U+" + Integer.toHexString(cp));
        }
    }

    @Test
    void substanceIsTheTextWithoutWhatTheRegexRemoves() {
        for (String s : TEXTS) assertEquals(NOT_SAID.matcher(s).replaceAll(""), ProblemAnalyzer.substance(s), s);
    }

    /** The regex version of {@link StatementSplitter#atPartHeadings}. */
    private static List<String> atPartHeadingsByRegex(String paragraph) {
        List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = MID_HEADING.matcher(paragraph);
        int from = 0;
        while (m.find()) {
            if (KindCues.titled(m.group(1)) == null) continue;
            out.add(paragraph.substring(from, m.start()));
            from = m.start();
        }
        out.add(paragraph.substring(from));
        return out;
    }

    @Test
    void partHeadingsAreWhereTheLookbehindRegexFoundThem() {
        List<String> texts = new java.util.ArrayList<>(TEXTS);
        texts.addAll(List.of("宣传力度有待提高。改进措施：一是加强培训。", "问题；存在的问题：一是；下一步工作：二是",
                "。改进措施：", "有待提高！改进措施:加强", "不足。改进措施和努力方向及其下一步打算：加强", "不足。改进：加强",
                "不足。存在问题，改进措施：加强", "：：。改进措施：：", "不足?整改情况：已整改"));
        int split = 0;
        for (String s : texts) {
            List<String> want = atPartHeadingsByRegex(s);
            assertEquals(want, StatementSplitter.atPartHeadings(s), s);
            if (want.size() > 1) split++;
        }
        assertEquals(true, split >= 3, "headings found in " + split + " texts");
    }
}

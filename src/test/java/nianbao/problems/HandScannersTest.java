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
}

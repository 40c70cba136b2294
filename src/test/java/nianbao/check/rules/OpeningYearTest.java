package nianbao.check.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nianbao.extract.SeedText;

/** {@link YearMismatch#mayOpenWithYear} only spares the regex where it cannot match: it never says no to a match. */
class OpeningYearTest {
    /** YearMismatch's OPENING_YEAR. */
    private static final Pattern OPENING_YEAR = Pattern.compile("^[（(]?[一二三四五六七八九十0-9]*[)）、.]?\\s*((?:19|20)\\d{2})年度?");

    @Test
    void everySentenceTheRegexOpensWithAYearGetsThrough() {
        List<String> texts = new ArrayList<>(SeedText.all());
        texts.addAll(List.of("2020年，", "2020年度", "（二）2020年", "(3)2021年", "一、2019年", "1.2020年", "  2020年",
                "十2022年", "2020 年", "20201年", "1920年", "2120年", "年", "（2020年"));
        int opened = 0;
        for (String t : texts) {
            for (String s : t.split("[。；\n]")) {
                if (OPENING_YEAR.matcher(s).find()) {
                    opened++;
                    assertTrue(YearMismatch.mayOpenWithYear(s), s);
                }
            }
        }
        assertTrue(opened >= 8, "sentences opening with a year: " + opened);
    }
}

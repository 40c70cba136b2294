package nianbao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** {@link ScopeResolver#withoutQuoted} blanks titles and quotations as the regex it replaced did. */
class QuotedTest {
    private static final Pattern QUOTED = Pattern.compile("《[^》]*》|“[^”]*”");

    @Test
    void quotationsBlankedAsTheRegexDid() {
        List<String> texts = new ArrayList<>(SeedText.all());
        texts.addAll(List.of("依据《条例》第二十条，公开“三公”经费12项", "《未闭合", "“未闭合", "》“”《》", "《“》”",
                "“《条例》”", "《a》《b》“c”", "《》", "“”", "前《条例》后“引”尾"));
        int changed = 0;
        for (String s : texts) {
            String want = QUOTED.matcher(s).replaceAll("“”");
            assertEquals(want, ScopeResolver.withoutQuoted(s), s);
            if (!want.equals(s)) changed++;
        }
        assertTrue(changed >= 5, "quotations blanked in " + changed + " texts");
    }
}

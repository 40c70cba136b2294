package nianbao.problems;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One category of the taxonomy.
 *
 * @param code     P1…, R1…
 * @param keywords the keywords as written in the taxonomy file
 * @param patterns the keywords compiled, same order
 */
public record Category(String code, StatementKind kind, String name, List<String> keywords, List<Pattern> patterns) {
    public Category {
        keywords = List.copyOf(keywords);
        patterns = List.copyOf(patterns);
    }

    /** The keywords that occur in a text, in taxonomy order. */
    public List<String> matchedKeywords(String text) {
        java.util.ArrayList<String> hits = new java.util.ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) if (matches(i, text)) hits.add(keywords.get(i));
        return hits;
    }

    public boolean matches(String text) {
        for (int i = 0; i < patterns.size(); i++) if (matches(i, text)) return true;
        return false;
    }

    /** Plain Chinese keywords are looked up as substrings, much faster than a regular expression per keyword. */
    private boolean matches(int i, String text) {
        String k = keywords.get(i);
        if (k.chars().allMatch(c -> c > 0x2FFF && c != '…' && c != '（' && c != '）')) return text.contains(k);
        return patterns.get(i).matcher(text).find();
    }
}

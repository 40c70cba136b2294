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
        for (int i = 0; i < patterns.size(); i++) if (patterns.get(i).matcher(text).find()) hits.add(keywords.get(i));
        return hits;
    }

    public boolean matches(String text) {
        for (Pattern p : patterns) if (p.matcher(text).find()) return true;
        return false;
    }
}

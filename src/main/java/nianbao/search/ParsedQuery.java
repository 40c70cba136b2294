package nianbao.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A search query as the user wrote it, read: every group must match (a group matches when any of its alternatives,
 * joined by OR, does), and no excluded literal may. Literals are the words or quoted phrases exactly as typed; each
 * is matched as a plain string would be (see {@link LuceneQueries}).
 */
public record ParsedQuery(List<List<String>> groups, List<String> excluded) {
    public ParsedQuery {
        groups = groups.stream().map(List::copyOf).toList();
        excluded = List.copyOf(excluded);
    }

    /** Every literal that may be highlighted: the alternatives of all groups. */
    public List<String> positiveLiterals() {
        List<String> out = new ArrayList<>();
        for (List<String> g : groups) out.addAll(g);
        return out;
    }
}

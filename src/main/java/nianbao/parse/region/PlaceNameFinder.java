package nianbao.parse.region;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Finds gazetteer names in a text, leftmost-longest, so 城中区城中街道 reads as 城中区 + 城中街道. */
final class PlaceNameFinder {
    /** A name shared by more divisions than this (城关镇, 新城街道) tells nothing about where a report is from. */
    static final int MAX_CANDIDATES = 12;

    private final Gazetteer gazetteer;

    PlaceNameFinder(Gazetteer gazetteer) { this.gazetteer = gazetteer; }

    List<PlaceMention> find(String text) {
        List<PlaceMention> found = new ArrayList<>();
        if (text == null) return found;
        int[] longest = gazetteer.longestNames(text);
        int i = 0;
        while (i < text.length()) {
            PlaceMention m = longestAt(text, i, longest);
            if (m != null && !m.strong()) {
                // A weak match must not swallow the start of a full name beginning inside it.
                for (int j = i + 1; j < i + m.surface().length(); j++) {
                    PlaceMention next = longestAt(text, j, longest);
                    if (next != null && next.strong()) { m = null; break; }
                }
            }
            if (m == null) { i++; continue; }
            if (m.candidates().size() <= MAX_CANDIDATES) found.add(m);
            i += m.surface().length();
        }
        return found;
    }

    private PlaceMention longestAt(String text, int i, int[] longest) {
        if (longest[i] == 0) return null;
        String s = text.substring(i, i + longest[i]);
        List<Gazetteer.Alias> aliases = gazetteer.aliases(s);
        boolean strong = aliases.stream().anyMatch(Gazetteer.Alias::strong);
        Set<Division> candidates = new LinkedHashSet<>();
        // A strong reading beats weak ones of the same characters.
        for (Gazetteer.Alias a : aliases) if (a.strong() || !strong) candidates.add(a.division());
        return new PlaceMention(s, withoutAncestors(candidates), strong, i);
    }

    /** 北京市 names both the province and its one city: keep the deepest, the others are implied. */
    private List<Division> withoutAncestors(Set<Division> candidates) {
        List<Division> kept = new ArrayList<>(candidates.size());
        for (Division d : candidates) {
            boolean ancestor = false;
            for (Division other : candidates) {
                if (other != d && other.level() > d.level() && gazetteer.contains(d, other)) { ancestor = true; break; }
            }
            if (!ancestor) kept.add(d);
        }
        return List.copyOf(kept);
    }
}

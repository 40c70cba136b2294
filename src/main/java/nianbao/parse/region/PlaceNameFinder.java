package nianbao.parse.region;

import java.util.ArrayList;
import java.util.List;

/** Finds gazetteer names in a text, leftmost-longest, so 城中区城中街道 reads as 城中区 + 城中街道. */
final class PlaceNameFinder {
    /** A name shared by more divisions than this (城关镇, 新城街道) tells nothing about where a report is from. */
    static final int MAX_CANDIDATES = 12;

    private final Gazetteer gazetteer;

    PlaceNameFinder(Gazetteer gazetteer) { this.gazetteer = gazetteer; }

    List<PlaceMention> find(String text) {
        List<PlaceMention> found = new ArrayList<>();
        if (text == null) return found;
        Gazetteer.Reading[] longest = gazetteer.longestNames(text);
        int i = 0;
        while (i < text.length()) {
            PlaceMention m = longestAt(i, longest);
            if (m != null && !m.strong()) {
                // A weak match must not swallow the start of a full name beginning inside it.
                for (int j = i + 1; j < i + m.surface().length(); j++) {
                    if (longest[j] != null && longest[j].strong()) { m = null; break; }
                }
            }
            if (m == null) { i++; continue; }
            if (m.candidates().size() <= MAX_CANDIDATES) found.add(m);
            i += m.surface().length();
        }
        return found;
    }

    private static PlaceMention longestAt(int i, Gazetteer.Reading[] longest) {
        Gazetteer.Reading r = longest[i];
        return r == null ? null : new PlaceMention(r.name(), r.candidates(), r.strong(), i);
    }
}

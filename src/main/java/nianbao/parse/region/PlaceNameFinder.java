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
        // positions asked as the scan reaches them, not all of them first into an array as long as the text
        char[] chars = text.toCharArray();
        int i = 0;
        while (i < chars.length) {
            Gazetteer.Reading r = gazetteer.longestAt(chars, i);
            if (r != null && !r.strong()) {
                // A weak match must not swallow the start of a full name beginning inside it.
                for (int j = i + 1; j < i + r.name().length(); j++) {
                    Gazetteer.Reading inner = gazetteer.longestAt(chars, j);
                    if (inner != null && inner.strong()) { r = null; break; }
                }
            }
            if (r == null) { i++; continue; }
            if (r.candidates().size() <= MAX_CANDIDATES) found.add(new PlaceMention(r.name(), r.candidates(), r.strong(), i));
            i += r.name().length();
        }
        return found;
    }
}

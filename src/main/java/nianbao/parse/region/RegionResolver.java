package nianbao.parse.region;

import java.util.List;

import nianbao.model.Region;

/**
 * Works out a report's province, city and county from its agency, title and text, using the gazetteer of
 * China's administrative divisions shipped in {@code nianbao/regions.tsv}.
 *
 * <p>Names in the agency and title decide which divisions are candidates (湖源乡 exists in two provinces, but
 * 富阳区湖源乡 in one); the text only chooses among them, or, when the heading names no place, supplies the
 * region if one clearly dominates. Parts that stay ambiguous are left null: a wrong facet is worse than none.
 * Thread-safe; the gazetteer is loaded once, on first use.
 */
public final class RegionResolver {
    private RegionResolver() {}

    /** Lazy, thread-safe loading through class initialisation. */
    private static final class Loaded {
        static final Gazetteer GAZETTEER = Gazetteer.load();
        static final PlaceNameFinder FINDER = new PlaceNameFinder(GAZETTEER);
    }

    /**
     * Whether a place name such as 义乌市 names a county-level division (a county-level city) and nothing at city
     * level: 市 alone does not say which level a city is.
     */
    public static boolean isCountyLevel(String placeName) {
        List<Division> candidates = Loaded.GAZETTEER.lastName(placeName);
        return !candidates.isEmpty() && candidates.stream().allMatch(d -> d.level() == Division.COUNTY);
    }

    /**
     * The region as far as the report tells; {@link Region#UNKNOWN} when it names no place. Any argument may be
     * null.
     */
    public static Region resolve(String agency, String title, String text) {
        String heading = (agency == null ? "" : agency) + "\n" + (title == null ? "" : title);
        return new RegionVote(Loaded.GAZETTEER, Loaded.FINDER.find(heading), () -> Loaded.FINDER.find(text)).region();
    }
}

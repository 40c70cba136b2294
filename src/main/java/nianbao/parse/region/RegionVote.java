package nianbao.parse.region;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import nianbao.model.Region;

/**
 * Settles one report's region from the place names found in its heading (agency and title) and its text,
 * one level at a time: province, then city, then county.
 */
final class RegionVote {
    // A heading names the reporting agency itself; a text mentions many places once each.
    private static final double HEADING_STRONG = 10, HEADING_WEAK = 3, TEXT_STRONG = 1, TEXT_WEAK = 0.3;
    /** Without a place in the heading, the text's favourite must lead the next one by this factor. */
    private static final double DOMINANCE = 2;

    private final Gazetteer gazetteer;
    private final List<PlaceMention> heading;
    /**
     * The text's mentions, found only when the vote needs them: most headings settle the region alone, and
     * scanning a whole report for place names is the costly part.
     */
    private Supplier<List<PlaceMention>> textMentions;
    private Set<Division> named;
    private List<PlaceMention> text;

    RegionVote(Gazetteer gazetteer, List<PlaceMention> heading, Supplier<List<PlaceMention>> textMentions) {
        this.gazetteer = gazetteer;
        this.textMentions = textMentions;
        this.named = provincesAndCities(heading);
        // Only weak county or township names need the names of the text to back them.
        if (heading.stream().anyMatch(RegionVote::needsBacking)) text();
        this.heading = corroborated(heading, named);
    }

    /** The text's mentions, corroborated by the provinces and cities named in the heading and the text. */
    private List<PlaceMention> text() {
        if (text == null) {
            List<PlaceMention> found = textMentions.get();
            textMentions = null;
            named.addAll(provincesAndCities(found));
            text = corroborated(found, named);
        }
        return text;
    }

    private static boolean needsBacking(PlaceMention m) {
        return !m.strong() && !m.candidates().stream().allMatch(c -> c.level() < Division.COUNTY);
    }

    /**
     * Weak names of counties and townships are also ordinary words (开平 in 公开平台, 共和 in 中华人民共和国):
     * keep one only for the candidates whose city or province is named elsewhere too (富阳 beside 杭州).
     */
    private List<PlaceMention> corroborated(List<PlaceMention> mentions, Set<Division> named) {
        List<PlaceMention> kept = new ArrayList<>(mentions.size());
        for (PlaceMention m : mentions) {
            if (!needsBacking(m)) {
                kept.add(m);
                continue;
            }
            List<Division> backed = m.candidates().stream().filter(c -> hasAncestorIn(c, named)).toList();
            if (!backed.isEmpty()) kept.add(new PlaceMention(m.surface(), backed, false, m.position()));
        }
        return kept;
    }

    /** The provinces and cities among the candidates of all mentions, each the very division object named. */
    private static Set<Division> provincesAndCities(List<PlaceMention> mentions) {
        Set<Division> named = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PlaceMention m : mentions) {
            for (Division a : m.candidates()) if (a.level() < Division.COUNTY) named.add(a);
        }
        return named;
    }

    /** Whether {@code d}'s province or city above it is among the named ones: one look per level, not per mention. */
    private boolean hasAncestorIn(Division d, Set<Division> named) {
        for (int level = Division.PROVINCE; level < Math.min(d.level(), Division.COUNTY); level++) {
            Division a = gazetteer.at(d, level);
            if (a != null && named.contains(a)) return true;
        }
        return false;
    }

    Region region() {
        List<Division> hypotheses = headingHypotheses();
        Division chosen = null;
        for (int level = Division.PROVINCE; level <= Division.COUNTY; level++) {
            Set<Division> options = options(hypotheses, chosen, level);
            if (options.isEmpty()) break;
            Division pick = options.size() == 1 && hypotheses != null
                    ? options.iterator().next()
                    : vote(options, level, hypotheses == null);
            if (pick == null) break;
            chosen = pick;
        }
        return toRegion(chosen);
    }

    /**
     * The divisions the heading may name: candidates backed by the most heading mentions, deepest first
     * (淮安市洪泽区 → 洪泽区; 城中区城中街道 → the one 城中街道 that lies in a 城中区). Null when the heading names
     * no place.
     */
    private List<Division> headingHypotheses() {
        if (heading.isEmpty()) return null;
        Map<Division, Integer> support = new HashMap<>();
        for (PlaceMention m : heading) {
            for (Division c : m.candidates()) {
                int n = 0;
                for (PlaceMention other : heading) {
                    if (other.candidates().stream().anyMatch(a -> gazetteer.contains(a, c))) n++;
                }
                support.merge(c, n, Math::max);
            }
        }
        int best = support.values().stream().max(Integer::compare).orElse(0);
        List<Division> top = new ArrayList<>();
        for (Map.Entry<Division, Integer> e : support.entrySet()) if (e.getValue() == best) top.add(e.getKey());
        // Drop hypotheses that only restate an ancestor of another one.
        top.removeIf(d -> top.stream().anyMatch(o -> o != d && o.level() > d.level() && gazetteer.contains(d, o)));
        top.sort(Comparator.comparing(Division::code));
        return top;
    }

    private Set<Division> options(List<Division> hypotheses, Division chosen, int level) {
        Set<Division> options = new LinkedHashSet<>();
        if (hypotheses != null) {
            for (Division h : hypotheses) addOption(options, h, chosen, level);
        } else {
            for (PlaceMention m : text()) {
                if (m.strong()) for (Division c : m.candidates()) addOption(options, c, chosen, level);
            }
        }
        return options;
    }

    private void addOption(Set<Division> options, Division d, Division chosen, int level) {
        Division at = gazetteer.at(d, level);
        if (at != null && (chosen == null || gazetteer.contains(chosen, at))) options.add(at);
    }

    /** The option the mentions favour, or null when none is clearly ahead. */
    private Division vote(Set<Division> options, int level, boolean needDominance) {
        Map<Division, Double> score = new HashMap<>();
        Set<Division> strongly = new LinkedHashSet<>();
        tally(heading, HEADING_STRONG, HEADING_WEAK, options, level, score, strongly);
        tally(text(), TEXT_STRONG, TEXT_WEAK, options, level, score, strongly);
        Division best = null;
        double first = 0, second = 0;
        for (Division o : options) {
            double s = score.getOrDefault(o, 0.0);
            if (s > first) { second = first; first = s; best = o; }
            else if (s > second) second = s;
        }
        if (best == null || first == second) return null;
        if (needDominance && (first < DOMINANCE * second || !strongly.contains(best))) return null;
        return best;
    }

    private void tally(List<PlaceMention> mentions, double strong, double weak, Set<Division> options, int level,
                       Map<Division, Double> score, Set<Division> strongly) {
        for (PlaceMention m : mentions) {
            Set<Division> supported = new LinkedHashSet<>();
            for (Division c : m.candidates()) {
                Division at = gazetteer.at(c, level);
                if (at != null && options.contains(at)) supported.add(at);
            }
            for (Division s : supported) {
                score.merge(s, m.strong() ? strong : weak, Double::sum);
                if (m.strong()) strongly.add(s);
            }
        }
    }

    private Region toRegion(Division d) {
        if (d == null) return Region.UNKNOWN;
        Division p = gazetteer.at(d, Division.PROVINCE), c = gazetteer.at(d, Division.CITY),
                k = gazetteer.at(d, Division.COUNTY);
        return new Region(p == null ? null : p.name(), c == null ? null : c.name(), k == null ? null : k.name());
    }
}

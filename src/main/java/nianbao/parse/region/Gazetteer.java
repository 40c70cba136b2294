package nianbao.parse.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * China's administrative divisions down to township level, read from {@code nianbao/regions.tsv}
 * (built by {@code scripts/build-regions.js}), with every full name and short form indexed for lookup.
 * Immutable once built.
 */
final class Gazetteer {
    static final String RESOURCE = "/nianbao/regions.tsv";

    /**
     * A name as it may be written and the division it stands for. Strong: a full name of three or more
     * characters, or a suffixed abbreviation (恩施州). Weak: a bare short form (杭州), a two-character full name
     * (城区, 和县) or a township-level unit without a township suffix (高新区, 林场): also ordinary words.
     */
    record Alias(Division division, boolean strong) {}

    /**
     * What a name found in a text stands for: the divisions it may name (never one that is an ancestor of another)
     * and whether it was read through a strong alias. A strong reading beats weak ones of the same characters.
     */
    record Reading(String name, List<Division> candidates, boolean strong) {}

    /** Never changed after construction; a plain HashMap because parent lookups are hot and its get is the fastest. */
    private final HashMap<String, Division> byCode;
    /** Every name of two or more characters with its reading, worked out once rather than per mention. */
    private final NameTrie<Reading> names;

    private Gazetteer(List<Division> divisions) {
        HashMap<String, Division> codes = new HashMap<>(divisions.size() * 2);
        Map<String, List<Alias>> byName = new HashMap<>(divisions.size() * 2);
        for (Division d : divisions) {
            codes.put(d.code(), d);
            index(byName, d.name(), new Alias(d, strongFullName(d)));
            ShortNames.of(d.name(), d.level()).ifPresent(s -> index(byName, s, new Alias(d, false)));
            ShortNames.withSuffix(d.name(), d.level()).ifPresent(s -> index(byName, s, new Alias(d, true)));
        }
        byName.replaceAll((k, v) -> List.copyOf(v));
        this.byCode = codes;
        Map<String, Reading> readings = new HashMap<>(byName.size() * 2);
        byName.forEach((n, aliases) -> { if (n.length() >= 2) readings.put(n, reading(n, aliases)); });
        this.names = new NameTrie<>(readings);
    }

    /** The reading of the longest name starting at this position of the text, or null where none does. */
    Reading longestAt(char[] text, int position) { return names.longestAt(text, position); }

    /** The divisions of the place name that ends the text (金华市义乌市 → 义乌市), empty when none does. */
    List<Division> lastName(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            Reading r = longestAt(chars, i);
            if (r != null && r.strong() && i + r.name().length() == text.length()) return r.candidates();
        }
        return List.of();
    }

    private Reading reading(String name, List<Alias> aliases) {
        boolean strong = aliases.stream().anyMatch(Alias::strong);
        Set<Division> candidates = new LinkedHashSet<>();
        for (Alias a : aliases) if (a.strong() || !strong) candidates.add(a.division());
        return new Reading(name, withoutAncestors(candidates), strong);
    }

    /** 北京市 names both the province and its one city: keep the deepest, the others are implied. */
    private List<Division> withoutAncestors(Set<Division> candidates) {
        List<Division> kept = new ArrayList<>(candidates.size());
        for (Division d : candidates) {
            boolean ancestor = false;
            for (Division other : candidates) {
                if (other != d && other.level() > d.level() && contains(d, other)) { ancestor = true; break; }
            }
            if (!ancestor) kept.add(d);
        }
        return List.copyOf(kept);
    }

    /**
     * Township-level units named 高新区, 林场, 工业园 … are also ordinary words; only proper townships (…街道, …镇,
     * …乡, …苏木) count as strong.
     */
    private static boolean strongFullName(Division d) {
        String n = d.name();
        if (n.length() < 3) return false;
        return d.level() < Division.TOWNSHIP
                || n.endsWith("街道") || n.endsWith("镇") || n.endsWith("乡") || n.endsWith("苏木");
    }

    private static void index(Map<String, List<Alias>> names, String name, Alias a) {
        names.computeIfAbsent(name, k -> new ArrayList<>(1)).add(a);
    }

    static Gazetteer load() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("缺少行政区划数据 / missing gazetteer resource " + RESOURCE);
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取行政区划数据 / cannot read " + RESOURCE, e);
        }
    }

    static Gazetteer parse(BufferedReader reader) throws IOException {
        List<Division> divisions = new ArrayList<>(50_000);
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length != 4) throw new IOException("bad gazetteer line: " + line);
            divisions.add(new Division(f[0], f[1], f[2], Integer.parseInt(f[3])));
        }
        return new Gazetteer(divisions);
    }

    Division parent(Division d) { return d.parentCode().isEmpty() ? null : byCode.get(d.parentCode()); }

    /** The division itself or its ancestor at the given level, or null when it lies above that level. */
    Division at(Division d, int level) {
        Division x = d;
        while (x != null && x.level() > level) x = parent(x);
        return x != null && x.level() == level ? x : null;
    }

    /** Whether {@code a} is {@code d} itself or one of its ancestors. */
    boolean contains(Division a, Division d) { return at(d, a.level()) == a; }
}

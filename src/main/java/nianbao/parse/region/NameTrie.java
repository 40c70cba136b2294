package nianbao.parse.region;

import java.util.Arrays;
import java.util.Map;

/**
 * Names of two or more characters, for the longest one starting at a given position of a text. Place names start
 * at under one position in a hundred of a report, so a small bitmap of the names' first two characters (it stays
 * in the CPU cache) turns away almost every position before the trie is walked.
 */
final class NameTrie<V> {
    private static final int PAIR_BITS = 19;
    private final long[] pairs = new long[(1 << PAIR_BITS) / 64];

    /** Edges as an open-addressing table: key {@code node << 16 | char}, -1 where free; target the child node. */
    private final long[] edgeKeys;
    private final int[] edgeTargets;
    private final int edgeBits;
    /** Per node, the value of the name that ends there, or null. */
    private final Object[] values;

    NameTrie(Map<String, V> names) {
        int chars = 0;
        for (String n : names.keySet()) chars += n.length();
        int bits = 4;
        while ((1 << bits) < 2 * chars) bits++; // at most half full
        edgeBits = bits;
        edgeKeys = new long[1 << bits];
        edgeTargets = new int[1 << bits];
        Arrays.fill(edgeKeys, -1);
        Object[] vals = new Object[chars + 1];
        int nodes = 1; // the root is node 0
        for (Map.Entry<String, V> e : names.entrySet()) {
            String n = e.getKey();
            if (n.length() < 2) throw new IllegalArgumentException("name shorter than two characters: " + n);
            int pair = pair(n.charAt(0), n.charAt(1));
            pairs[pair >>> 6] |= 1L << pair;
            int node = 0;
            for (int i = 0; i < n.length(); i++) {
                int child = child(node, n.charAt(i));
                if (child < 0) {
                    child = nodes++;
                    addEdge(node, n.charAt(i), child);
                }
                node = child;
            }
            vals[node] = e.getValue();
        }
        values = Arrays.copyOf(vals, nodes);
    }

    /** The value of the longest name that starts at {@code from}, or null when none does. */
    @SuppressWarnings("unchecked")
    V longestAt(CharSequence text, int from) {
        if (from + 1 >= text.length()) return null;
        int pair = pair(text.charAt(from), text.charAt(from + 1));
        if ((pairs[pair >>> 6] & 1L << pair) == 0) return null;
        Object best = null;
        int node = 0;
        for (int i = from; i < text.length(); i++) {
            node = child(node, text.charAt(i));
            if (node < 0) break;
            if (values[node] != null) best = values[node];
        }
        return (V) best;
    }

    private static int pair(char a, char b) { return ((a << 16 | b) * 0x9E3779B1) >>> (32 - PAIR_BITS); }

    private int slot(long key) { return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - edgeBits)); }

    private int child(int node, char c) {
        long key = (long) node << 16 | c;
        int mask = edgeKeys.length - 1;
        for (int s = slot(key); ; s = (s + 1) & mask) {
            if (edgeKeys[s] == key) return edgeTargets[s];
            if (edgeKeys[s] == -1) return -1;
        }
    }

    private void addEdge(int node, char c, int child) {
        long key = (long) node << 16 | c;
        int mask = edgeKeys.length - 1;
        int s = slot(key);
        while (edgeKeys[s] != -1) s = (s + 1) & mask;
        edgeKeys[s] = key;
        edgeTargets[s] = child;
    }
}

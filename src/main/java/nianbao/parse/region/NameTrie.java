package nianbao.parse.region;

import java.util.Arrays;
import java.util.Map;

/**
 * Names of two or more characters, for the longest one starting at each position of a text. Place names start
 * at under one position in a hundred of a report, so a 128 KB bitmap of the names' first two characters (small
 * enough to stay in the CPU cache) turns away almost every position before the trie is walked.
 */
final class NameTrie<V> {
    private static final int PAIR_BITS = 20;
    private final long[] pairs = new long[(1 << PAIR_BITS) / 64];
    /**
     * The characters names start with, and those second in them: 8 KB each, in the first-level cache, they turn
     * away most positions before the pair bitmap (in the second-level cache) is read.
     */
    private final long[] firstChars = new long[(1 << 16) / 64], secondChars = new long[(1 << 16) / 64];

    /**
     * Edges in one open-addressing table, each a long: {@code (node << 16 | char) + 1} above the child node's 20
     * bits and a bit telling whether a name ends at the child; 0 where free. The bit spares the walk a read of
     * {@link #values} (a cache miss) at every node where no name ends.
     */
    private long[] edges = new long[1 << 10];
    private int edgeCount;
    private static final int NODE_BITS = 20, CHILD_BITS = NODE_BITS + 1;
    private static final int NODE_MASK = (1 << NODE_BITS) - 1, NAME_ENDS = 1 << NODE_BITS;
    /** Per node, the value of the name that ends there, or null. */
    private final Object[] values;

    NameTrie(Map<String, V> names) {
        Object[] vals = new Object[1024];
        int nodes = 1; // the root is node 0
        for (Map.Entry<String, V> e : names.entrySet()) {
            String n = e.getKey();
            if (n.length() < 2) throw new IllegalArgumentException("name shorter than two characters: " + n);
            addPair(n.charAt(0), n.charAt(1));
            int node = 0;
            for (int i = 0; i < n.length(); i++) {
                int child = child(node, n.charAt(i)); // no NAME_ENDS bit yet: they are set once all names are in
                if (child < 0) {
                    child = nodes++;
                    if (child >= 1 << NODE_BITS) throw new IllegalArgumentException("too many names");
                    addEdge(node, n.charAt(i), child);
                }
                node = child;
            }
            if (node >= vals.length) vals = Arrays.copyOf(vals, Math.max(2 * vals.length, node + 1));
            vals[node] = e.getValue();
        }
        values = Arrays.copyOf(vals, nodes);
        for (int s = 0; s < edges.length; s++) {
            if (edges[s] != 0 && values[(int) (edges[s] & NODE_MASK)] != null) edges[s] |= NAME_ENDS;
        }
    }

    /** The value of the longest name starting at {@code from} in the text, or null where none does. */
    V longestAt(char[] text, int from) {
        if (from + 1 >= text.length) return null;
        char a = text[from], b = text[from + 1];
        return has(firstChars, a) && has(secondChars, b) && mayStart(a, b) ? walk(text, from) : null;
    }

    @SuppressWarnings("unchecked")
    private V walk(char[] text, int from) {
        Object best = null;
        int node = 0;
        for (int i = from; i < text.length; i++) {
            int child = child(node, text[i]);
            if (child < 0) break;
            node = child & NODE_MASK;
            if ((child & NAME_ENDS) != 0) best = values[node];
        }
        return (V) best;
    }

    // two bits per pair (two hashes): few other pairs pass
    private boolean mayStart(char a, char b) {
        int k = a << 16 | b;
        int h1 = (k * 0x9E3779B1) >>> (32 - PAIR_BITS), h2 = (k * 0x85EBCA6B) >>> (32 - PAIR_BITS);
        return (pairs[h1 >>> 6] & 1L << h1) != 0 && (pairs[h2 >>> 6] & 1L << h2) != 0;
    }

    private static boolean has(long[] bits, char c) { return (bits[c >>> 6] & 1L << c) != 0; }

    private void addPair(char a, char b) {
        firstChars[a >>> 6] |= 1L << a;
        secondChars[b >>> 6] |= 1L << b;
        int k = a << 16 | b;
        int h1 = (k * 0x9E3779B1) >>> (32 - PAIR_BITS), h2 = (k * 0x85EBCA6B) >>> (32 - PAIR_BITS);
        pairs[h1 >>> 6] |= 1L << h1;
        pairs[h2 >>> 6] |= 1L << h2;
    }

    private static long key(int node, char c) { return ((long) node << 16 | c) + 1; }

    private static int slot(long key, int mask) { return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask; }

    /** The child node with {@link #NAME_ENDS} set where a name ends there, or -1 when there is none. */
    private int child(int node, char c) {
        long key = key(node, c);
        int mask = edges.length - 1;
        for (int s = slot(key, mask); ; s = (s + 1) & mask) {
            long e = edges[s];
            if (e == 0) return -1;
            if (e >>> CHILD_BITS == key) return (int) (e & ((1 << CHILD_BITS) - 1));
        }
    }

    private void addEdge(int node, char c, int child) {
        if (2 * (edgeCount + 1) > edges.length) grow();
        put(key(node, c) << CHILD_BITS | child);
        edgeCount++;
    }

    private void put(long edge) {
        int mask = edges.length - 1;
        int s = slot(edge >>> CHILD_BITS, mask);
        while (edges[s] != 0) s = (s + 1) & mask;
        edges[s] = edge;
    }

    private void grow() {
        long[] old = edges;
        edges = new long[2 * old.length];
        for (long e : old) if (e != 0) put(e);
    }
}

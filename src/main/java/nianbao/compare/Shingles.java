package nianbao.compare;

import java.util.Arrays;

/**
 * Character shingles of a comparable text ({@link TextKey}), as sorted distinct 64-bit hashes. Five characters is
 * about two Chinese words: long enough that unrelated reports share few shingles, short enough that rewording a
 * sentence only loses the shingles around it.
 */
public final class Shingles {
    private Shingles() {}

    public static final int K = 5;

    /** Sorted distinct shingle hashes; empty when the text is shorter than one shingle. */
    public static long[] of(String key) {
        int n = key.length() - K + 1;
        if (n <= 0) return new long[0];
        long[] h = new long[n];
        for (int i = 0; i < n; i++) {
            long x = 0;
            for (int j = 0; j < K; j++) x = x * 0x100000001B3L + key.charAt(i + j);
            h[i] = mix(x);
        }
        Arrays.sort(h);
        int d = 0;
        for (int i = 0; i < n; i++) if (i == 0 || h[i] != h[d - 1]) h[d++] = h[i];
        return d == n ? h : Arrays.copyOf(h, d);
    }

    /** Jaccard similarity of two sorted distinct hash arrays; 0 when both are empty. */
    public static double jaccard(long[] a, long[] b) {
        int i = 0, j = 0, common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) { common++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        int union = a.length + b.length - common;
        return union == 0 ? 0 : common / (double) union;
    }

    /** Finaliser of SplitMix64: spreads the bits so that any slice of the hash is uniform. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

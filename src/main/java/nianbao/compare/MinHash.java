package nianbao.compare;

/**
 * One-permutation MinHash: each shingle hash goes to one of {@link #SIZE} bins by its top bits and each bin keeps
 * its minimum, one hash per shingle instead of one per shingle and function. Empty bins (short texts) borrow from
 * the next filled bin with an offset by distance, so equal sets still get equal signatures. The share of equal bins
 * estimates the Jaccard similarity (standard error about 0.04 at {@code SIZE = 128}).
 */
public final class MinHash {
    private MinHash() {}

    public static final int SIZE = 128;
    private static final int BIN_BITS = 7; // 2^7 = SIZE
    private static final int EMPTY = Integer.MAX_VALUE;

    public static int[] signature(long[] shingles) {
        int[] sig = new int[SIZE];
        java.util.Arrays.fill(sig, EMPTY);
        for (long h : shingles) {
            int bin = (int) (h >>> (64 - BIN_BITS));
            int v = (int) h & 0x7FFFFFFF;
            if (v < sig[bin]) sig[bin] = v;
        }
        densify(sig);
        return sig;
    }

    private static void densify(int[] sig) {
        boolean any = false;
        for (int v : sig) if (v != EMPTY) { any = true; break; }
        if (!any) return;
        int[] filled = sig.clone();
        for (int i = 0; i < SIZE; i++) {
            if (filled[i] != EMPTY) continue;
            int d = 1;
            while (filled[(i + d) % SIZE] == EMPTY) d++;
            sig[i] = filled[(i + d) % SIZE] + d * 0x3C6EF372 & 0x7FFFFFFF;
        }
    }

    /** The share of equal bins: an estimate of the Jaccard similarity of the two shingle sets. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) if (a[i] == b[i]) same++;
        return same / (double) SIZE;
    }
}

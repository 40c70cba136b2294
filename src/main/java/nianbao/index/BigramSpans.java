package nianbao.index;

/**
 * The bigram field's tokens: for every character that is not a space, the two characters starting there (or the
 * character alone when a space or the end follows). Any string of two or more characters without spaces is then a
 * phrase of consecutive bigrams wherever it occurs, however HanLP segments it, and any single character is the
 * prefix of a token: a search on this field misses nothing that a plain scan would find.
 */
public final class BigramSpans implements TokenSpans {
    private final int[] starts;
    private final int[] ends;
    private final int size;

    private BigramSpans(int[] starts, int[] ends, int size) {
        this.starts = starts;
        this.ends = ends;
        this.size = size;
    }

    /** The bigrams of an already normalised text. */
    static BigramSpans of(char[] text, int length) {
        int[] starts = new int[length];
        int[] ends = new int[length];
        int n = 0;
        for (int pos = 0; pos < length; pos++) {
            if (isSpace(text[pos])) continue;
            starts[n] = pos;
            ends[n++] = pos + 1 < length && !isSpace(text[pos + 1]) ? pos + 2 : pos + 1;
        }
        return new BigramSpans(starts, ends, n);
    }

    @Override
    public int size() { return size; }

    @Override
    public int start(int i) { return starts[i]; }

    @Override
    public int end(int i) { return ends[i]; }

    /** Whitespace, including the ideographic space U+3000 (normalisation maps it, but be safe). */
    public static boolean isSpace(char c) {
        // U+3000 is the last space in Unicode's tables: CJK text, asked twice per character, skips the lookups
        return c <= '\u3000' && (Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
}

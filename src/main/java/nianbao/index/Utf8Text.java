package nianbao.index;

import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;

/**
 * A normalised text encoded to UTF-8 once, with where each char's bytes start: a token of the text is then a slice
 * of one byte array, where Lucene would otherwise encode every token's chars again (the bigram field alone has a
 * token per character). A text with surrogates is encoded token by token instead, exactly as Lucene would, so that a
 * bigram splitting a surrogate pair gets the same bytes either way.
 */
final class Utf8Text {
    private final char[] chars;
    /** UTF-8 of the whole text, or null when it has surrogates. */
    private final byte[] bytes;
    /** {@code at[i]}: where char i's bytes start; {@code at[length]} is the end. */
    private final int[] at;
    private byte[] scratch;

    Utf8Text(char[] chars, int length) {
        this.chars = chars;
        int[] at = new int[length + 1];
        byte[] out = new byte[3 * length];
        int b = 0;
        for (int i = 0; i < length; i++) {
            at[i] = b;
            char c = chars[i];
            if (c < 0x80) {
                out[b++] = (byte) c;
            } else if (c < 0x800) {
                out[b++] = (byte) (0xC0 | c >> 6);
                out[b++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                out = null;
                break;
            } else {
                out[b++] = (byte) (0xE0 | c >> 12);
                out[b++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[b++] = (byte) (0x80 | c & 0x3F);
            }
        }
        at[length] = b;
        this.bytes = out;
        this.at = at;
    }

    /** Points {@code term} at the UTF-8 of chars {@code [start, end)}. */
    void term(int start, int end, BytesRef term) {
        if (bytes != null) {
            term.bytes = bytes;
            term.offset = at[start];
            term.length = at[end] - at[start];
            return;
        }
        int max = UnicodeUtil.maxUTF8Length(end - start);
        if (scratch == null || scratch.length < max) scratch = new byte[max];
        term.bytes = scratch;
        term.offset = 0;
        term.length = UnicodeUtil.UTF16toUTF8(chars, start, end - start, scratch);
    }
}

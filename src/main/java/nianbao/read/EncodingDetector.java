package nianbao.read;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides a text's encoding from its bytes: a BOM if there is one, else UTF-16 by its zero bytes, else the first of
 * UTF-8 and GB18030 that decodes without error. GBK text is decoded as GB18030, its superset.
 */
public final class EncodingDetector {
    private EncodingDetector() {}

    /** A decoded text and the name of the encoding it was decided to be in. */
    public record Decoded(String text, String encoding) {}

    public static Decoded decode(byte[] bytes) throws CharacterCodingException {
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8), "UTF-8 (BOM)");
        }
        if (n >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (n >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        String utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) return new Decoded(strict(bytes, 0, Charset.forName(utf16)), utf16);
        try {
            return new Decoded(strict(bytes, 0, StandardCharsets.UTF_8), "UTF-8");
        } catch (CharacterCodingException e) {
            return new Decoded(strict(bytes, 0, Charset.forName("GB18030")), "GB18030");
        }
    }

    /** Whether the bytes open with a UTF-8 or UTF-16 byte-order mark. */
    public static boolean hasBom(byte[] b) {
        return hasUtf16Bom(b) || b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    /** The text when the bytes are valid in the charset, else null. */
    public static String tryDecode(byte[] bytes, Charset cs) {
        try {
            return strict(bytes, 0, cs);
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE || (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF);
    }

    /** UTF-16 text without a BOM has a zero byte in most code units of ASCII and, for CJK, none; look at the ASCII. */
    private static String utf16WithoutBom(byte[] b) {
        int pairs = Math.min(b.length / 2, 4096);
        if (pairs < 4 || !hasZero(b, 2 * pairs)) return null;
        int evenZero = 0, oddZero = 0;
        for (int i = 0; i < pairs; i++) {
            if (b[2 * i] == 0) evenZero++;
            if (b[2 * i + 1] == 0) oddZero++;
        }
        // Chinese text still has line breaks, digits and tabs: a few percent of units are ASCII, zero in their high
        // byte; CJK units with a zero low byte (一 is U+4E00) are far rarer.
        if (oddZero > pairs / 20 && evenZero < oddZero / 4) return "UTF-16LE";
        if (evenZero > pairs / 20 && oddZero < evenZero / 4) return "UTF-16BE";
        return null;
    }

    /** Whether one of the first {@code n} bytes is zero: a quick no for the UTF-8 and GB18030 texts. */
    private static boolean hasZero(byte[] b, int n) {
        int i = 0;
        for (; i + 8 <= n; i += 8) if (hasZeroByte(word(b, i))) return true;
        for (; i < n; i++) if (b[i] == 0) return true;
        return false;
    }

    // Eight bytes at a time: the scans below look at up to 8 KB of every file read.
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_BITS = 0x0101010101010101L, HIGH_BITS = 0x8080808080808080L;
    /** The top three bits of each byte: zero exactly in the bytes below 0x20, the control characters. */
    private static final long NOT_CONTROL = 0xE0E0E0E0E0E0E0E0L;

    private static long word(byte[] b, int i) { return (long) WORDS.get(b, i); }

    /** Whether some byte of the word is zero (the borrow test: exact for whether, not for which). */
    private static boolean hasZeroByte(long v) { return ((v - LOW_BITS) & ~v & HIGH_BITS) != 0; }

    private static String strict(byte[] bytes, int offset, Charset cs) throws CharacterCodingException {
        if (cs == StandardCharsets.UTF_8) {
            // String's own UTF-8 decoding is much faster than a CharsetDecoder; it replaces malformed input with
            // U+FFFD, so a text without one decoded cleanly. Otherwise the strict decoder decides.
            String s = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            if (s.indexOf('\uFFFD') < 0) return s;
        }
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    /** True when the bytes look like a binary file rather than text in any encoding we read (from the first 8 KB). */
    public static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        if (n == 0 || hasUtf16Bom(bytes)) return false;
        int zeros = 0, controls = 0;
        for (int i = 0; i < n; ) {
            // a word without a byte below 0x20 has nothing to count: most of a text's words
            if (i + 8 <= n && !hasZeroByte(word(bytes, i) & NOT_CONTROL)) {
                i += 8;
                continue;
            }
            for (int end = Math.min(i + 8, n); i < end; i++) {
                int c = bytes[i] & 0xff;
                if (c == 0) zeros++;
                else if (c < 0x09 || (c > 0x0d && c < 0x20 && c != 0x1b)) controls++; // not whitespace or escape
            }
        }
        // UTF-16 without a BOM needs zero bytes among these first ones; look for it only then
        if (zeros > 0 && utf16WithoutBom(bytes) != null) return false;
        // UTF-16 has many zeros but no other control bytes; binaries have both.
        return controls > n / 100 || (zeros > 0 && controls > 0);
    }
}

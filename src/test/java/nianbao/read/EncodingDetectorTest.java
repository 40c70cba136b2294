package nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link EncodingDetector#looksBinary} reads eight bytes at a time; it must say what a byte-by-byte look says, for
 * every length (the tail after the last whole word included) and wherever the zero or control bytes sit.
 */
class EncodingDetectorTest {
    /** The byte-by-byte rule, as it was written before the word-at-a-time scan. */
    private static boolean looksBinaryByteByByte(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        if (n == 0 || hasUtf16Bom(bytes)) return false;
        int zeros = 0, controls = 0;
        for (int i = 0; i < n; i++) {
            int c = bytes[i] & 0xff;
            if (c == 0) zeros++;
            else if (c < 0x09 || (c > 0x0d && c < 0x20 && c != 0x1b)) controls++;
        }
        if (zeros > 0 && utf16WithoutBom(bytes)) return false;
        return controls > n / 100 || (zeros > 0 && controls > 0);
    }

    private static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE || (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF);
    }

    private static boolean utf16WithoutBom(byte[] b) {
        int pairs = Math.min(b.length / 2, 4096);
        if (pairs < 4) return false;
        boolean zero = false;
        for (int i = 0; i < 2 * pairs; i++) zero |= b[i] == 0;
        if (!zero) return false;
        int evenZero = 0, oddZero = 0;
        for (int i = 0; i < pairs; i++) {
            if (b[2 * i] == 0) evenZero++;
            if (b[2 * i + 1] == 0) oddZero++;
        }
        return oddZero > pairs / 20 && evenZero < oddZero / 4 || evenZero > pairs / 20 && oddZero < evenZero / 4;
    }

    /** Text-like bytes (ASCII, UTF-8 lead and continuation bytes, whitespace) with now and then a byte below 0x20. */
    private static byte[] sample(Random rnd, int length, double odd) {
        byte[] plain = {'a', ' ', '\n', '\t', (byte) 0xE4, (byte) 0xB8, (byte) 0x80, 0x1b, 0x7f, '1'};
        byte[] low = {0, 0x01, 0x08, 0x0e, 0x1f, 0x0c};
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) b[i] = rnd.nextDouble() < odd ? low[rnd.nextInt(low.length)] : plain[rnd.nextInt(plain.length)];
        return b;
    }

    @Test
    void wordAtATimeSaysWhatByteByByteSays() {
        Random rnd = new Random(11);
        int binary = 0, checked = 0;
        int[] lengths = new int[50];
        for (int i = 0; i <= 24; i++) lengths[i] = i;
        for (int i = 25; i < 50; i++) lengths[i] = 8180 + (i - 25);
        for (int length : lengths) {
            for (double odd : new double[] {0, 0.001, 0.01, 0.05, 0.3}) {
                for (int t = 0; t < 20; t++) {
                    byte[] b = sample(rnd, length, odd);
                    boolean expected = looksBinaryByteByByte(b);
                    assertEquals(expected, EncodingDetector.looksBinary(b), "length " + length + ", odd " + odd);
                    if (expected) binary++;
                    checked++;
                }
            }
            // one low byte at every offset of an otherwise plain text, the tail included
            for (int at = 0; at < length && length <= 24; at++) {
                for (byte low : new byte[] {0, 0x01, 0x1f}) {
                    byte[] b = sample(rnd, length, 0);
                    b[at] = low;
                    assertEquals(looksBinaryByteByByte(b), EncodingDetector.looksBinary(b), "length " + length + ", at " + at);
                    checked++;
                }
            }
        }
        assertTrue(binary > 100 && binary < checked - 100, "both answers exercised: " + binary + " of " + checked);
    }

    @Test
    void utf16WithoutBomIsTextWhateverItsLength() {
        for (int chars = 4; chars <= 20; chars++) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < chars; i++) s.append(i % 3 == 0 ? '\n' : (char) ('a' + i % 26));
            byte[] le = s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
            assertEquals(looksBinaryByteByByte(le), EncodingDetector.looksBinary(le), "chars " + chars);
            assertTrue(!EncodingDetector.looksBinary(le), "UTF-16LE of " + chars + " characters is text");
        }
    }
}

package nianbao.index;

import com.hankcs.hanlp.dictionary.other.CharTable;

/**
 * The one character normalisation of the index, used for both fields, for queries and for highlights: HanLP's
 * character table (full-width to half-width, traditional to simplified, upper to lower case). It maps each
 * character to exactly one character, so an offset in the normalised text is the same offset in the original.
 */
public final class TextNormalizer {
    private TextNormalizer() {}

    public static char[] normalize(char[] chars, int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) out[i] = CharTable.convert(chars[i]);
        return out;
    }

    public static String normalize(String s) {
        char[] c = s.toCharArray();
        return new String(normalize(c, c.length));
    }
}

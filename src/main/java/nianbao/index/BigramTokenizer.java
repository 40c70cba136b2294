package nianbao.index;

import java.io.IOException;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The completeness field's tokenizer: for every character that is not a space, the two characters starting there
 * (or the character alone at the end of a run), after {@link TextNormalizer}. Any string of two or more characters
 * without spaces is then a phrase of consecutive bigrams wherever it occurs, however HanLP segments it, and any
 * single character is the prefix of a token: a search on this field misses nothing that a plain scan would find.
 */
public final class BigramTokenizer extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private char[] text = new char[0];
    private int pos;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        while (pos < text.length && isSpace(text[pos])) pos++;
        if (pos >= text.length) return false;
        int len = pos + 1 < text.length && !isSpace(text[pos + 1]) ? 2 : 1;
        term.copyBuffer(text, pos, len);
        offset.setOffset(correctOffset(pos), correctOffset(pos + len));
        pos++;
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        char[] raw = InputText.readAll(input);
        text = TextNormalizer.normalize(raw, raw.length);
        pos = 0;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int end = correctOffset(text.length);
        offset.setOffset(end, end);
    }

    /** Whitespace, including the ideographic space U+3000 (normalisation maps it, but be safe). */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}

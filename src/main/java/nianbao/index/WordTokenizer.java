package nianbao.index;

import java.io.IOException;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The word field's tokenizer: normalises the input ({@link TextNormalizer}), segments it with HanLP
 * ({@link Segmenter}) and emits one token per word with its offsets in the original text. Lucene gives each thread
 * its own tokenizer, and each tokenizer has its own segmenter, so analysis is safe under concurrent use.
 */
public final class WordTokenizer extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final Segmenter segmenter = new Segmenter();
    private Words words = new Words(new char[0]);
    private int next;
    private int length;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (next >= words.size()) return false;
        int start = words.start(next);
        int end = words.end(next++);
        term.copyBuffer(words.text(), start, end - start);
        offset.setOffset(correctOffset(start), correctOffset(end));
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        char[] text = InputText.readAll(input);
        length = text.length;
        words = segmenter.words(TextNormalizer.normalize(text, text.length), text.length);
        next = 0;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int end = correctOffset(length);
        offset.setOffset(end, end);
    }
}

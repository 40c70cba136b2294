package nianbao.index;

import java.io.IOException;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The completeness field's tokenizer: the {@link BigramSpans} of the input after {@link TextNormalizer}, with their
 * offsets. The indexer hands Lucene the same spans directly ({@link SpansTokenStream}); queries and highlights
 * analyse through this.
 */
public final class BigramTokenizer extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private char[] text = new char[0];
    private BigramSpans spans = BigramSpans.of(text, 0);
    private int next;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (next >= spans.size()) return false;
        int start = spans.start(next);
        int end = spans.end(next++);
        term.copyBuffer(text, start, end - start);
        offset.setOffset(correctOffset(start), correctOffset(end));
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        char[] raw = InputText.readAll(input);
        text = TextNormalizer.normalize(raw, raw.length);
        spans = BigramSpans.of(text, text.length);
        next = 0;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int end = correctOffset(text.length);
        offset.setOffset(end, end);
    }
}

package nianbao.index;

import java.io.IOException;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A tokenizer for queries and highlights: reads its whole input, normalises it ({@link TextNormalizer}) and emits
 * the tokens a subclass finds in it ({@link TokenSpans}), with their offsets in the original text. The indexer hands
 * Lucene the same spans directly ({@link SpansTokenStream}).
 */
abstract class SpansTokenizer extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private char[] text = new char[0];
    private TokenSpans spans = BigramSpans.of(text, 0);
    private int next;

    /** The tokens of a normalised text. */
    abstract TokenSpans spans(char[] normalized);

    @Override
    public final boolean incrementToken() throws IOException {
        clearAttributes();
        if (next >= spans.size()) return false;
        int start = spans.start(next);
        int end = spans.end(next++);
        term.copyBuffer(text, start, end - start);
        offset.setOffset(correctOffset(start), correctOffset(end));
        return true;
    }

    @Override
    public final void reset() throws IOException {
        super.reset();
        char[] raw = InputText.readAll(input);
        text = TextNormalizer.normalize(raw, raw.length);
        spans = spans(text);
        next = 0;
    }

    @Override
    public final void end() throws IOException {
        super.end();
        int end = correctOffset(text.length);
        offset.setOffset(end, end);
    }
}

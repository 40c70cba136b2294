package nianbao.index;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Words already segmented, as a token stream: the indexer segments a section with its own {@link Segmenter} and
 * hands the words to Lucene without a second analysis.
 */
final class WordsTokenStream extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final Words words;
    private int next;
    private int endOffset;

    WordsTokenStream(Words words) {
        this.words = words;
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        if (next >= words.size()) return false;
        int start = words.start(next);
        int end = words.end(next++);
        term.copyBuffer(words.text(), start, end - start);
        offset.setOffset(start, end);
        endOffset = end;
        return true;
    }

    @Override
    public void reset() {
        next = 0;
    }

    @Override
    public void end() throws java.io.IOException {
        super.end();
        offset.setOffset(endOffset, endOffset);
    }
}

package nianbao.index;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * Tokens already found in a normalised text (HanLP's words, or bigrams), handed to Lucene as UTF-8 slices of the
 * text: the indexer segments each section once and Lucene neither analyses it again nor re-encodes each token.
 * The terms are the same bytes {@link WordTokenizer} and {@link BigramTokenizer} give for the same text.
 */
final class SpansTokenStream extends TokenStream {
    private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final BytesRef bytes = new BytesRef();
    private final Utf8Text text;
    private final TokenSpans spans;
    private int next;
    private int endOffset;

    SpansTokenStream(Utf8Text text, TokenSpans spans) {
        this.text = text;
        this.spans = spans;
    }

    @Override
    public boolean incrementToken() {
        // No clearAttributes(): every token sets the term and offsets, and nothing touches the other attributes
        // (position increment, frequency) Lucene adds, so clearing them all per token only cost time (2.6 % of
        // ingest in a profile).
        if (next >= spans.size()) return false;
        int start = spans.start(next);
        int end = spans.end(next++);
        text.term(start, end, bytes);
        term.setBytesRef(bytes);
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

package nianbao.index;

import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replays words already segmented, so a section's text is segmented once and its words go into both its section
 * document and its report document. Offsets may be shifted (a section's words inside the whole report's text) and
 * a gap of positions may separate parts, so phrases never match across two sections.
 */
final class WordsTokenStream extends TokenStream {
    /** Words of one part of the text, their offsets shifted by {@code shift}. */
    record Part(List<Segmenter.Word> words, int shift) {}

    private static final int PART_GAP = 100;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final List<Part> parts;
    private int part;
    private int next;
    private int endOffset;

    WordsTokenStream(List<Part> parts) {
        this.parts = parts;
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        while (part < parts.size() && next >= parts.get(part).words().size()) {
            part++;
            next = 0;
        }
        if (part >= parts.size()) return false;
        Part p = parts.get(part);
        Segmenter.Word w = p.words().get(next);
        term.setEmpty().append(w.text());
        offset.setOffset(p.shift() + w.start(), p.shift() + w.end());
        endOffset = p.shift() + w.end();
        posInc.setPositionIncrement(next == 0 && part > 0 ? PART_GAP : 1);
        next++;
        return true;
    }

    @Override
    public void reset() {
        part = 0;
        next = 0;
    }

    @Override
    public void end() throws java.io.IOException {
        super.end();
        offset.setOffset(endOffset, endOffset);
    }
}

package nianbao.index;

/**
 * The word field's tokenizer: one token per HanLP word ({@link Segmenter}) of the normalised input. Lucene gives each
 * thread its own tokenizer, and each tokenizer has its own segmenter, so analysis is safe under concurrent use.
 */
public final class WordTokenizer extends SpansTokenizer {
    private final Segmenter segmenter = new Segmenter();

    @Override
    TokenSpans spans(char[] normalized) {
        return segmenter.words(normalized, normalized.length);
    }
}

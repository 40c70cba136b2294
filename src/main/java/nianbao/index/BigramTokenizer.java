package nianbao.index;

/** The completeness field's tokenizer: the {@link BigramSpans} of the input. */
public final class BigramTokenizer extends SpansTokenizer {
    @Override
    TokenSpans spans(char[] normalized) {
        return BigramSpans.of(normalized, normalized.length);
    }
}

package nianbao.index;

import org.apache.lucene.analysis.Analyzer;

/**
 * The index's analyzer: HanLP words for {@link IndexFields#TEXT}, bigrams for {@link IndexFields#BIGRAMS}; other
 * analysed fields get words too. Used both to index and to analyse queries, so the two always agree.
 */
public final class NianbaoAnalyzer extends Analyzer {
    public NianbaoAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
        HanLPData.ensureReady();
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        if (IndexFields.BIGRAMS.equals(fieldName)) return new TokenStreamComponents(new BigramTokenizer());
        return new TokenStreamComponents(new WordTokenizer());
    }
}

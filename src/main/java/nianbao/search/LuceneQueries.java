package nianbao.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import nianbao.index.BigramSpans;
import nianbao.index.IndexFields;
import nianbao.index.TextNormalizer;

/**
 * Turns a parsed query into Lucene. A literal must match in the bigram field, as a phrase of its consecutive bigrams:
 * that finds it wherever a plain scan of the text would, however HanLP segmented the text. The same literal as HanLP
 * words is an optional clause that adds score, so sections where it stands as whole words rank first.
 */
public final class LuceneQueries {
    /** Weight of the bigram (substring) match: small, so a whole-word match outweighs it. */
    private static final float SUBSTRING_WEIGHT = 0.05f;

    private final Analyzer analyzer;

    public LuceneQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** All groups required, exclusions prohibited. */
    public Query build(ParsedQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (List<String> group : q.groups()) {
            if (group.size() == 1) {
                b.add(literal(group.get(0)), Occur.MUST);
            } else {
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                for (String alt : group) any.add(literal(alt), Occur.SHOULD);
                b.add(any.setMinimumNumberShouldMatch(1).build(), Occur.MUST);
            }
        }
        for (String ex : q.excluded()) b.add(substring(ex), Occur.MUST_NOT);
        return b.build();
    }

    /** A literal: its substring match required, its word match optional and scored. */
    Query literal(String literal) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        // Constant score: a substring match is only checked, never counted (counting every bigram phrase occurrence
        // to score it costs more than the whole rest of a search).
        b.add(new BoostQuery(new ConstantScoreQuery(substring(literal)), SUBSTRING_WEIGHT), Occur.MUST);
        for (String run : runs(literal)) {
            Query words = words(run);
            if (words != null) b.add(words, Occur.SHOULD);
        }
        return b.build();
    }

    /** The word-field clauses of every positive literal, for ranking only; null when there are none. */
    public Query wordScore(ParsedQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        for (String literal : q.positiveLiterals()) {
            for (String run : runs(literal)) {
                Query w = words(run);
                if (w != null) {
                    b.add(w, Occur.SHOULD);
                    n++;
                }
            }
        }
        return n == 0 ? null : b.build();
    }

    /** Matches exactly the texts that contain the literal (each of its space-separated runs), after normalisation. */
    public static Query substring(String literal) {
        List<String> runs = runs(literal);
        if (runs.size() == 1) return runSubstring(runs.get(0));
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String run : runs) b.add(runSubstring(run), Occur.MUST);
        return b.build();
    }

    private static Query runSubstring(String run) {
        if (run.length() == 1) return new PrefixQuery(new Term(IndexFields.BIGRAMS, run));
        PhraseQuery.Builder p = new PhraseQuery.Builder();
        for (int i = 0; i + 1 < run.length(); i++) p.add(new Term(IndexFields.BIGRAMS, run.substring(i, i + 2)), i);
        return p.build();
    }

    private Query words(String run) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(IndexFields.TEXT, run)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) terms.add(t.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (terms.isEmpty()) return null;
        if (terms.size() == 1) return new TermQuery(new Term(IndexFields.TEXT, terms.get(0)));
        return new PhraseQuery(IndexFields.TEXT, terms.toArray(new String[0]));
    }

    /** The normalised literal's runs of non-space characters. */
    static List<String> runs(String literal) {
        String norm = TextNormalizer.normalize(literal);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= norm.length(); i++) {
            boolean space = i == norm.length() || BigramSpans.isSpace(norm.charAt(i));
            if (!space && start < 0) start = i;
            if (space && start >= 0) {
                out.add(norm.substring(start, i));
                start = -1;
            }
        }
        return out;
    }
}

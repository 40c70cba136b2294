package nianbao.search;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.DocIdSetBuilder;

/** Matches a given set of documents (top-level doc ids of one reader, ascending): facets over reports already found. */
final class DocSetQuery extends Query {
    private final int[] docs;

    DocSetQuery(int[] ascendingDocs) {
        this.docs = ascendingDocs;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                int base = context.docBase;
                int maxDoc = context.reader().maxDoc();
                int from = lowerBound(base);
                int to = lowerBound(base + maxDoc);
                if (from == to) return null;
                DocIdSetBuilder b = new DocIdSetBuilder(maxDoc);
                DocIdSetBuilder.BulkAdder add = b.grow(to - from);
                for (int i = from; i < to; i++) add.add(docs[i] - base);
                return new ConstantScoreScorer(this, score(), scoreMode, b.build().iterator());
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false; // built for one search
            }
        };
    }

    /** The first index whose doc is at least {@code doc}. */
    private int lowerBound(int doc) {
        int i = Arrays.binarySearch(docs, doc);
        return i >= 0 ? i : -i - 1;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "DocSetQuery(" + docs.length + " docs)";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && Arrays.equals(docs, ((DocSetQuery) other).docs);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + Arrays.hashCode(docs);
    }
}

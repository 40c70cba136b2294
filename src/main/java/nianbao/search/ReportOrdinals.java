package nianbao.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

import nianbao.index.IndexFields;

/**
 * Report ids as ordinals over the whole index, for whole-report search: the reports a query's sections match become a
 * bit set and their summed scores an array, instead of one id string looked up and hashed per matching section (at
 * 34,000 reports that lookup was a third of a whole-report search).
 */
final class ReportOrdinals {
    private final OrdinalMap map;
    private final int count;
    /** The report documents, top-level doc ids in index order, and each one's report ordinal. */
    private final int[] reportDocs;
    private final int[] reportDocOrds;

    private ReportOrdinals(OrdinalMap map, int count, int[] reportDocs, int[] reportDocOrds) {
        this.map = map;
        this.count = count;
        this.reportDocs = reportDocs;
        this.reportDocOrds = reportDocOrds;
    }

    static ReportOrdinals of(IndexSearcher searcher) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        SortedDocValues[] values = new SortedDocValues[leaves.size()];
        for (LeafReaderContext leaf : leaves) values[leaf.ord] = DocValues.getSorted(leaf.reader(), IndexFields.REPORT_ID);
        OrdinalMap map = OrdinalMap.build(null, values, PackedInts.DEFAULT);
        Query reports = new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_REPORT));
        int[] docs = new int[searcher.count(reports)];
        int[] ords = new int[docs.length];
        int[] n = {0};
        forEachMatch(searcher, map, reports, ScoreMode.COMPLETE_NO_SCORES, (doc, ord, score) -> {
            docs[n[0]] = doc;
            ords[n[0]++] = ord;
        });
        // a report document without an id (none are written so) is left out rather than left as doc 0
        return new ReportOrdinals(map, (int) map.getValueCount(), Arrays.copyOf(docs, n[0]), Arrays.copyOf(ords, n[0]));
    }

    /** Distinct report ids in the index. */
    int count() { return count; }

    /** The reports any of whose documents a query matches. */
    FixedBitSet matching(IndexSearcher searcher, Query q) throws IOException {
        FixedBitSet out = new FixedBitSet(Math.max(1, count));
        forEachMatch(searcher, q, ScoreMode.COMPLETE_NO_SCORES, (doc, ord, score) -> out.set(ord));
        return out;
    }

    /** The reports a query's documents match, each with the sum of their scores (0 where none matched). */
    Scored scores(IndexSearcher searcher, Query q) throws IOException {
        FixedBitSet matched = new FixedBitSet(Math.max(1, count));
        float[] sums = new float[count];
        forEachMatch(searcher, q, ScoreMode.COMPLETE, (doc, ord, score) -> {
            matched.set(ord);
            sums[ord] += score;
        });
        return new Scored(matched, sums);
    }

    record Scored(FixedBitSet matched, float[] sums) {}

    /** The report documents of these reports, in index order, with their ordinals. */
    Documents documentsOf(FixedBitSet reports) {
        int n = 0;
        for (int ord : reportDocOrds) if (reports.get(ord)) n++;
        int[] docs = new int[n];
        int[] ords = new int[n];
        n = 0;
        for (int i = 0; i < reportDocs.length; i++) {
            if (!reports.get(reportDocOrds[i])) continue;
            docs[n] = reportDocs[i];
            ords[n++] = reportDocOrds[i];
        }
        return new Documents(docs, ords);
    }

    /** Top-level doc ids in index order and the report ordinal of each. */
    record Documents(int[] docs, int[] ords) {}

    interface Visitor {
        void visit(int doc, int ord, float score);
    }

    /** Every document a query matches (top-level doc id) that has a report id, with its ordinal and score. */
    void forEachMatch(IndexSearcher searcher, Query q, ScoreMode mode, Visitor visitor) throws IOException {
        forEachMatch(searcher, map, q, mode, visitor);
    }

    private static void forEachMatch(IndexSearcher searcher, OrdinalMap map, Query q, ScoreMode mode, Visitor visitor)
            throws IOException {
        searcher.search(q, new SimpleCollector() {
            private SortedDocValues values;
            private LongValues global;
            private Scorable scorer;
            private int base;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                values = DocValues.getSorted(context.reader(), IndexFields.REPORT_ID);
                global = map.getGlobalOrds(context.ord);
                base = context.docBase;
            }

            @Override
            public void setScorer(Scorable scorer) {
                this.scorer = scorer;
            }

            @Override
            public void collect(int doc) throws IOException {
                if (!values.advanceExact(doc)) return;
                float score = mode.needsScores() ? scorer.score() : 0f;
                visitor.visit(base + doc, (int) global.get(values.ordValue()), score);
            }

            @Override
            public ScoreMode scoreMode() {
                return mode;
            }
        });
    }
}

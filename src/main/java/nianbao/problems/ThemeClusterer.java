package nianbao.problems;

import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.Clusterable;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.Well19937c;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Themes beyond the taxonomy: k-means++ (Commons Math) over TF-IDF vectors of statements' terms. Vectors are
 * normalised to unit length, so Euclidean distance orders pairs as cosine similarity does. A fixed random seed
 * makes the same corpus give the same themes.
 */
public final class ThemeClusterer {
    /** Terms kept in the vocabulary (most frequent first): enough for themes, small enough for dense vectors. */
    static final int VOCABULARY = 400;
    /** Statements clustered at most; larger corpora are sampled evenly. */
    static final int MAX_STATEMENTS = 20_000;
    private static final int TOP_TERMS = 6;
    private static final int EXAMPLES = 3;
    private static final long SEED = 20211231L;

    private record Doc(ProblemSection section, Statement statement, double[] point) implements Clusterable {
        @Override
        public double[] getPoint() { return point; }
    }

    /**
     * Clusters the statements of one kind. {@code k <= 0} picks about √(n/2), between 2 and 12.
     * Returns the themes, largest first; empty when there are fewer than two statements with terms.
     */
    public List<Theme> cluster(List<ProblemSection> sections, StatementKind kind, int k) {
        List<ProblemSection> owners = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        for (ProblemSection s : sections) {
            for (Statement st : s.statements(kind)) {
                owners.add(s);
                statements.add(st);
            }
        }
        int step = Math.max(1, (statements.size() + MAX_STATEMENTS - 1) / MAX_STATEMENTS);
        List<List<String>> terms = new ArrayList<>();
        List<Integer> picked = new ArrayList<>();
        for (int i = 0; i < statements.size(); i += step) {
            terms.add(Terms.of(statements.get(i).text()));
            picked.add(i);
        }
        List<String> vocabulary = vocabulary(terms);
        Map<String, Integer> column = new HashMap<>();
        for (String t : vocabulary) column.put(t, column.size());
        double[] idf = idf(terms, vocabulary, column);
        List<Doc> docs = new ArrayList<>();
        for (int d = 0; d < terms.size(); d++) {
            double[] v = tfidf(terms.get(d), column, idf);
            if (v != null) docs.add(new Doc(owners.get(picked.get(d)), statements.get(picked.get(d)), v));
        }
        if (docs.size() < 2) return List.of();
        int clusters = Math.min(docs.size(), k > 0 ? k : Math.max(2, Math.min(12, (int) Math.round(Math.sqrt(docs.size() / 2.0)))));
        KMeansPlusPlusClusterer<Doc> kmeans = new KMeansPlusPlusClusterer<>(clusters, 100, new EuclideanDistance(),
                new Well19937c(SEED));
        List<Theme> themes = new ArrayList<>();
        for (CentroidCluster<Doc> c : kmeans.cluster(docs)) {
            if (c.getPoints().isEmpty()) continue;
            themes.add(theme(c, vocabulary));
        }
        themes.sort(Comparator.comparingInt(Theme::size).reversed());
        return themes;
    }

    private static List<String> vocabulary(List<List<String>> terms) {
        Map<String, Integer> df = documentFrequency(terms);
        return df.entrySet().stream()
                .filter(e -> e.getValue() >= (terms.size() >= 20 ? 2 : 1))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(VOCABULARY).map(Map.Entry::getKey).toList();
    }

    private static Map<String, Integer> documentFrequency(List<List<String>> terms) {
        Map<String, Integer> df = new HashMap<>();
        for (List<String> doc : terms) for (String t : new LinkedHashSet<>(doc)) df.merge(t, 1, Integer::sum);
        return df;
    }

    private static double[] idf(List<List<String>> terms, List<String> vocabulary, Map<String, Integer> column) {
        Map<String, Integer> df = documentFrequency(terms);
        double[] idf = new double[vocabulary.size()];
        for (String t : vocabulary) idf[column.get(t)] = Math.log((1.0 + terms.size()) / (1.0 + df.get(t))) + 1;
        return idf;
    }

    /** Unit-length TF-IDF vector, or null when the statement has no term of the vocabulary. */
    private static double[] tfidf(List<String> doc, Map<String, Integer> column, double[] idf) {
        double[] v = new double[idf.length];
        for (String t : doc) {
            Integer c = column.get(t);
            if (c != null) v[c] += idf[c];
        }
        double norm = 0;
        for (double x : v) norm += x * x;
        if (norm == 0) return null;
        norm = Math.sqrt(norm);
        for (int i = 0; i < v.length; i++) v[i] /= norm;
        return v;
    }

    private static Theme theme(CentroidCluster<Doc> c, List<String> vocabulary) {
        double[] centre = c.getCenter().getPoint();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < centre.length; i++) if (centre[i] > 0) order.add(i);
        order.sort(Comparator.comparingDouble((Integer i) -> -centre[i]).thenComparing(i -> i));
        List<String> top = order.stream().limit(TOP_TERMS).map(vocabulary::get).toList();
        EuclideanDistance dist = new EuclideanDistance();
        List<Doc> members = new ArrayList<>(c.getPoints());
        members.sort(Comparator.comparingDouble((Doc d) -> dist.compute(d.point(), centre))
                .thenComparing(d -> d.section().reportId()).thenComparingInt(d -> d.statement().index()));
        List<ProblemStatistics.Example> examples = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Doc d : members) {
            if (examples.size() >= EXAMPLES) break;
            if (seen.add(d.statement().text())) examples.add(StatisticsBuilder.example(d.section(), d.statement()));
        }
        return new Theme(c.getPoints().size(), top, examples);
    }
}

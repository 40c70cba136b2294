package nianbao.check;

import nianbao.check.rules.Rules;
import nianbao.model.Report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Runs every registered rule over reports. Findings are output, not failure. */
public final class Checker {
    private final List<Rule> rules;

    public Checker(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** A checker with every rule of {@link Rules}. */
    public Checker() {
        this(Rules.all());
    }

    public List<Rule> rules() { return rules; }

    /** The findings of one report, most severe first, with the other reports of {@code corpus} for cross-report rules. */
    public List<Finding> check(Report report, Corpus corpus) {
        return check(report, corpus, null);
    }

    /** As {@link #check(Report, Corpus)}, with the report's figures already extracted by the caller. */
    public List<Finding> check(Report report, Corpus corpus, List<nianbao.extract.Figure> figures) {
        CheckContext ctx = new CheckContext(report, corpus, figures);
        List<Finding> out = new ArrayList<>();
        for (Rule r : rules) {
            try {
                out.addAll(r.check(ctx));
            } catch (RuntimeException e) {
                // One rule's bug must not hide the others' findings; say which rule failed.
                out.add(new Finding("CHECK_FAILED", Severity.INFO, "规则 " + r.id() + " 运行出错 (rule failed): " + e,
                        List.of(), null, null, List.of()));
            }
        }
        out.sort(Comparator.comparing(Finding::severity).reversed());
        return out;
    }

    public List<Finding> check(Report report) {
        return check(report, Corpus.of(report));
    }

    /** How many findings of each severity ({@code error}, {@code warning}, {@code info}). */
    public static Map<String, Integer> countBySeverity(List<Finding> findings) {
        Map<String, Integer> out = new TreeMap<>();
        for (Finding f : findings) out.merge(f.severity().id(), 1, Integer::sum);
        return out;
    }

    /** How many findings of each rule ID. */
    public static Map<String, Integer> countByRule(List<Finding> findings) {
        Map<String, Integer> out = new TreeMap<>();
        for (Finding f : findings) out.merge(f.rule(), 1, Integer::sum);
        return out;
    }

    /** One report's findings. */
    public record Result(Report report, List<Finding> findings) {}

    /** Every report against the corpus they make together. */
    public List<Result> checkAll(List<Report> reports) {
        Corpus corpus = new Corpus(reports);
        List<Result> out = new ArrayList<>();
        for (Report r : reports) out.add(new Result(r, check(r, corpus)));
        return out;
    }
}

package nianbao.check.rules;

import nianbao.check.Rule;

import java.util.List;

/**
 * Every rule the checker runs, in the order RULES.md lists them. Adding a rule is writing its class and adding it
 * here; a rule across reports (COPIED_TEXT) reads {@link nianbao.check.CheckContext#corpus()} like the two
 * cross-year rules do.
 */
public final class Rules {
    private Rules() {}

    /** The Chinese and English name of a rule ID, or the ID itself when no rule has it. */
    public static String title(String id) {
        if (id.equals("T_UNCHECKABLE")) return "无法核对 (uncheckable)";
        for (Rule r : all()) if (r.id().equals(id)) return r.title();
        return id;
    }

    public static List<Rule> all() {
        return List.of(
                new T3Balance(),
                new T3RowTotal(),
                new T3ResultTotal(),
                new T4GroupTotal(),
                new NotCount(),
                new T3ZeroPropagation(),
                new SectionMissing(),
                new RowMissing(),
                new BlankCell(),
                new DuplicateBlock(),
                new FormatOutdated(),
                new YearMismatch(),
                new ProblemsOneSided(),
                new ProblemsEmpty(),
                new FeeStatementMissing(),
                new NarrativeTableMismatch(),
                new NarrativeInternalMismatch(),
                new CrossYearCarryover(),
                new CrossYearStock(),
                new FeeInconsistent(),
                new CopiedText());
    }
}

package nianbao.problems;

import nianbao.extract.CharClass;
import nianbao.model.Report;
import nianbao.model.Section;
import nianbao.model.SectionKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Splits and classifies section 五 of reports against a taxonomy. */
public final class ProblemAnalyzer {
    /** Below this many characters (spaces and punctuation aside) section 五 counts as empty (RULES.md). */
    static final int EMPTY_BELOW = 10;

    private final Taxonomy taxonomy;

    public ProblemAnalyzer(Taxonomy taxonomy) { this.taxonomy = taxonomy; }

    public Taxonomy taxonomy() { return taxonomy; }

    public ProblemSection analyze(Report report) {
        Optional<Section> section = report.section(SectionKey.PROBLEMS);
        List<Statement> statements = section.map(s -> statements(s.text())).orElse(List.of());
        Balance balance = section.isEmpty() ? Balance.MISSING
                : balance(section.get().text(), statements.stream().map(Statement::kind).toList());
        return new ProblemSection(report.id(), report.source(), report.agency(), report.year(), report.region(),
                report.level(), balance, statements);
    }

    /** Analyses reports in parallel (the analyzer holds no state), keeping their order. */
    public List<ProblemSection> analyzeAll(List<Report> reports) {
        return reports.parallelStream().map(this::analyze).toList();
    }

    /** The statements of a section 五 body, classified. */
    public List<Statement> statements(String sectionText) {
        List<Statement> out = new ArrayList<>();
        for (StatementSplitter.Piece p : StatementSplitter.split(sectionText)) {
            boolean judged = p.kind() != StatementKind.OTHER;
            List<String> codes = judged ? taxonomy.classify(p.text(), p.kind()) : List.of();
            out.add(new Statement(out.size(), p.kind(), p.text(), codes, judged && Vagueness.isVague(p.text(), codes)));
        }
        return out;
    }

    /**
     * What section 五 holds — problems, remedies, both, neither — without classifying the statements: the same
     * reading as {@link #analyze}, cheap enough for the checker to run on every report.
     */
    public static Balance balance(Report report) {
        Optional<Section> section = report.section(SectionKey.PROBLEMS);
        if (section.isEmpty()) return Balance.MISSING;
        String text = section.get().text();
        if (isEmpty(text)) return Balance.EMPTY; // before splitting: an empty section needs no statements
        return said(StatementSplitter.split(text, true).stream().map(StatementSplitter.Piece::kind).toList());
    }

    /** What a section 五 body actually says: its text without punctuation, symbols and spaces ({@link #notSaid}). */
    public static String substance(String text) {
        StringBuilder said = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !notSaid(cp)).forEach(said::appendCodePoint);
        return said.toString();
    }

    /** An empty section 五: nothing, "无", or fewer than {@value #EMPTY_BELOW} characters said. */
    public static boolean isEmpty(String text) {
        // "无" is shorter than EMPTY_BELOW: counting what substance() keeps, up to the limit, is enough
        int said = 0;
        for (int i = 0; i < text.length() && said < EMPTY_BELOW; ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (!notSaid(cp)) said += n;
            i += n;
        }
        return said < EMPTY_BELOW;
    }

    /** Whether a code point says nothing: punctuation, symbols, spaces (regex {@code [\p{P}\p{S}\s\u3000]}). */
    static boolean notSaid(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> { return true; }
            default -> { return cp == 0x3000 || cp < 0x80 && CharClass.REGEX_SPACE.indexOf(cp) >= 0; }
        }
    }

    static Balance balance(String text, List<StatementKind> kinds) {
        return isEmpty(text) ? Balance.EMPTY : said(kinds);
    }

    /** The balance of a section that says something. */
    private static Balance said(List<StatementKind> kinds) {
        boolean problems = kinds.contains(StatementKind.PROBLEM);
        boolean remedies = kinds.contains(StatementKind.REMEDY);
        if (problems && remedies) return Balance.BALANCED;
        if (problems) return Balance.PROBLEMS_ONLY;
        if (remedies) return Balance.REMEDIES_ONLY;
        return Balance.UNCLEAR;
    }
}

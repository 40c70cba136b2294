package nianbao.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import nianbao.problems.Grouping;
import nianbao.problems.ProblemAnalyzer;
import nianbao.problems.ProblemSection;
import nianbao.problems.StatementKind;
import nianbao.problems.StatisticsBuilder;
import nianbao.problems.Taxonomy;
import nianbao.problems.ThemeClusterer;
import nianbao.view.AnalysisJson;
import nianbao.view.ProblemsCsv;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

/** Section 五 across the corpus: statistics by year, region or level, and themes beyond the taxonomy. */
final class ProblemRoutes {
    private final Library library;
    private final Taxonomy taxonomy;
    private List<ProblemSection> sections;
    private long analysedVersion = -1;

    ProblemRoutes(Library library) throws IOException {
        this.library = library;
        this.taxonomy = Taxonomy.forCorpus(library.corpus());
    }

    void register(Javalin app) {
        app.get("/api/problems", this::statistics);
        app.get("/api/problems.csv", this::csv);
        app.get("/api/problems/themes", this::themes);
    }

    /** The analysed sections, redone only after the corpus changed. */
    private synchronized List<ProblemSection> sections() {
        if (analysedVersion != library.version()) {
            sections = new ProblemAnalyzer(taxonomy).analyzeAll(library.all());
            analysedVersion = library.version();
        }
        return sections;
    }

    private static Grouping grouping(Context ctx) {
        String by = Params.optionalText(ctx, "by", 10);
        try {
            return Grouping.ofId(by == null ? "year" : by);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("by 应为 year、region 或 level (by must be year, region or level)");
        }
    }

    private void statistics(Context ctx) throws IOException {
        Grouping by = grouping(ctx);
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(AnalysisJson.WRITER.writeValueAsString(new StatisticsBuilder(taxonomy).build(sections(), by)));
    }

    private void csv(Context ctx) throws IOException {
        Grouping by = grouping(ctx);
        StringWriter buf = new StringWriter();
        ProblemsCsv.print(buf, new StatisticsBuilder(taxonomy).build(sections(), by));
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"problems.csv\"");
        ctx.result(buf.toString());
    }

    private void themes(Context ctx) throws IOException {
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(AnalysisJson.WRITER.writeValueAsString(new ThemeClusterer().cluster(sections(), StatementKind.PROBLEM, 0)));
    }
}

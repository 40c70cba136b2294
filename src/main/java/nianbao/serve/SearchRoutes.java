package nianbao.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import nianbao.search.QuerySyntaxException;
import nianbao.search.ReportSearcher;
import nianbao.search.SearchRequest;
import nianbao.search.SearchResult;
import nianbao.view.SearchOutput;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** Full-text search, keyword-in-context and similar reports, as JSON or CSV (the same output as the CLI's). */
final class SearchRoutes {
    private static final int MAX_LIMIT = 1000;

    private final Library library;

    SearchRoutes(Library library) { this.library = library; }

    void register(Javalin app) {
        app.get("/api/search", ctx -> search(ctx, SearchOutput.Format.json));
        app.get("/api/search.csv", ctx -> search(ctx, SearchOutput.Format.csv));
        app.get("/api/kwic", ctx -> kwic(ctx, SearchOutput.Format.json));
        app.get("/api/kwic.csv", ctx -> kwic(ctx, SearchOutput.Format.csv));
        app.get("/api/reports/{id}/similar", this::similar);
    }

    private SearchRequest request(Context ctx, int limit) {
        String q = Params.optionalText(ctx, "q", 500);
        if (q == null) throw new BadRequest("请输入检索词（参数 q）(missing query q)");
        String section = Params.optionalText(ctx, "section", 20); // the searcher says which it takes
        return new SearchRequest(q, Params.optionalInt(ctx, "year", 1990, 2100), Params.optionalText(ctx, "region", 40),
                Params.optionalText(ctx, "level", 20), section, limit);
    }

    private void search(Context ctx, SearchOutput.Format format) throws IOException {
        Integer limit = Params.optionalInt(ctx, "limit", 1, MAX_LIMIT);
        Integer offset = Params.optionalInt(ctx, "offset", 0, 100_000);
        int lim = limit == null ? 20 : limit, off = offset == null ? 0 : offset;
        boolean csv = format == SearchOutput.Format.csv;
        SearchRequest req = request(ctx, csv ? MAX_LIMIT : lim);
        SearchResult r;
        try {
            r = library.searcher().search(req, csv ? 0 : off);
        } catch (QuerySyntaxException e) {
            throw new BadRequest(e.getMessage());
        }
        respond(ctx, format, "search.csv", out -> out.results(req.query(), r));
    }

    private void kwic(Context ctx, SearchOutput.Format format) throws IOException {
        Integer width = Params.optionalInt(ctx, "width", 5, 80);
        SearchRequest req = request(ctx, MAX_LIMIT);
        int w = width == null ? 20 : width;
        List<ReportSearcher.KwicLine> lines;
        try {
            lines = library.searcher().kwic(req, w, 2000);
        } catch (QuerySyntaxException e) {
            throw new BadRequest(e.getMessage());
        }
        respond(ctx, format, "kwic.csv", out -> out.kwic(lines, w));
    }

    private void similar(Context ctx) throws IOException {
        String id = Params.reportId(ctx, "id");
        if (library.get(id).isEmpty()) throw new NotFoundResponse("没有这份报告 (no such report)");
        List<SearchResult.Hit> hits = library.searcher().similar(id, 10);
        respond(ctx, SearchOutput.Format.json, null, out -> out.similar(id, hits));
    }

    private interface Writing {
        void write(SearchOutput out) throws IOException;
    }

    private static void respond(Context ctx, SearchOutput.Format format, String fileName, Writing writing) throws IOException {
        StringWriter buf = new StringWriter();
        try (PrintWriter pw = new PrintWriter(buf)) {
            writing.write(new SearchOutput(pw, format));
        }
        if (format == SearchOutput.Format.csv) {
            ctx.contentType("text/csv; charset=utf-8");
            ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        } else {
            ctx.contentType("application/json; charset=utf-8");
        }
        ctx.result(buf.toString());
    }
}

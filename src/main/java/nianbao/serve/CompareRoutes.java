package nianbao.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import nianbao.compare.ReportComparer;
import nianbao.model.Report;
import nianbao.view.AnalysisJson;

import java.io.IOException;

/** Two reports compared: per-section similarity, shared sentences, the table cells that differ. */
final class CompareRoutes {
    private final Library library;

    CompareRoutes(Library library) { this.library = library; }

    void register(Javalin app) {
        app.get("/api/compare", this::compare);
    }

    private void compare(Context ctx) throws IOException {
        Report a = report(Params.reportId(ctx, "a")), b = report(Params.reportId(ctx, "b"));
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(AnalysisJson.WRITER.writeValueAsString(ReportComparer.compare(a, b)));
    }

    private Report report(String id) {
        return library.get(id).orElseThrow(() -> new NotFoundResponse("没有这份报告 (no such report): " + id));
    }
}

package nianbao.serve;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import nianbao.view.ReportJson;

import java.nio.file.Path;
import java.util.Map;

/** The web server: the pages in {@code web/}, ECharts from its webjar, and the JSON API under {@code /api}. */
public final class WebServer {
    private WebServer() {}

    /** Builds the app without starting it (tests start it on a free port). */
    public static Javalin create(Library library, Path webDir) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(ReportJson.MAPPER, false));
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = webDir.toAbsolutePath().toString();
                sf.location = Location.EXTERNAL;
            });
            config.staticFiles.enableWebjars();
            config.http.maxRequestSize = Library.MAX_UPLOAD_BYTES + 1024 * 1024;
            config.jetty.multipartConfig.maxFileSize(Library.MAX_UPLOAD_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(Library.MAX_UPLOAD_BYTES + 1024 * 1024, SizeUnit.BYTES);
        });
        app.exception(BadRequest.class, (e, ctx) -> ctx.status(400).json(Map.of("error", e.getMessage())));
        app.exception(Exception.class, (e, ctx) -> {
            // never a stack trace to the browser; one line to the console
            System.err.println("请求出错 (request failed) " + ctx.path() + ": " + e);
            ctx.status(500).json(Map.of("error", "服务器内部错误 (internal error)"));
        });
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.result() == null) ctx.json(Map.of("error", "未找到 (not found)"));
        });
        new ReportRoutes(library).register(app);
        new SearchRoutes(library).register(app);
        new FindingRoutes(library).register(app);
        new CompareRoutes(library).register(app);
        try {
            new ProblemRoutes(library).register(app);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("分类表无法读取 (taxonomy unreadable)", e);
        }
        return app;
    }
}

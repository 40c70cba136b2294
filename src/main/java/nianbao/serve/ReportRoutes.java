package nianbao.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import nianbao.model.FormatVersion;
import nianbao.model.Level;
import nianbao.model.Report;
import nianbao.read.ReadException;
import nianbao.view.ReportJson;

import java.io.IOException;
import java.io.InputStream;

/** Reports: the list, one report in full, uploading a new one, and the tables' layout. */
final class ReportRoutes {
    private final Library library;

    ReportRoutes(Library library) { this.library = library; }

    void register(Javalin app) {
        app.get("/api/format/{version}", this::format);
        app.get("/api/reports", this::list);
        app.get("/api/reports/{id}", this::one);
        app.post("/api/reports", this::upload);
    }

    private void format(Context ctx) {
        String v = ctx.pathParam("version");
        FormatVersion version = switch (v) {
            case "2019" -> FormatVersion.V2019;
            case "2021" -> FormatVersion.V2021;
            default -> throw new BadRequest("格式版本应为 2019 或 2021 (format must be 2019 or 2021)");
        };
        ctx.json(FormatLayout.of(version));
    }

    private void list(Context ctx) {
        Integer year = Params.optionalInt(ctx, "year", 1990, 2100);
        Level level = Params.level(ctx);
        String region = Params.optionalText(ctx, "region", 40);
        ArrayNode out = ReportJson.MAPPER.createArrayNode();
        for (Report r : library.all()) {
            if (year != null && !year.equals(r.year())) continue;
            if (level != null && r.level() != level) continue;
            if (region != null && !r.region().parts().contains(region)) continue;
            out.add(summary(r));
        }
        ctx.json(out);
    }

    static ObjectNode summary(Report r) {
        ObjectNode o = ReportJson.MAPPER.createObjectNode();
        o.put("id", r.id());
        o.put("agency", r.agency());
        if (r.year() != null) o.put("year", r.year());
        o.put("title", r.title());
        o.put("region", r.region().toString());
        o.put("level", r.level() == null ? null : r.level().label());
        o.put("format", r.format() == null ? null : r.format().id());
        o.put("sourceFormat", r.sourceFormat());
        return o;
    }

    private void one(Context ctx) {
        Report r = library.get(Params.reportId(ctx, "id"))
                .orElseThrow(() -> new NotFoundResponse("没有这份报告 (no such report)"));
        ObjectNode o = ReportJson.of(r, library.figures(r), true);
        o.set("findings", ReportJson.MAPPER.valueToTree(library.findings(r.id())));
        ctx.json(o);
    }

    private void upload(Context ctx) throws IOException {
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null) throw new BadRequest("请选择要上传的文件（字段名 file）(no file in the request)");
        if (file.size() > Library.MAX_UPLOAD_BYTES) throw new BadRequest("文件超过 20 MB (file larger than 20 MB)");
        byte[] bytes;
        try (InputStream in = file.content()) {
            bytes = in.readNBytes((int) Library.MAX_UPLOAD_BYTES + 1);
        }
        try {
            Report r = library.add(file.filename(), bytes);
            ctx.status(201).json(summary(r));
        } catch (ReadException e) {
            throw new BadRequest(file.filename() + "：" + e.getMessage());
        }
    }
}

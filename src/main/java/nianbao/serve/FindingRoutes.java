package nianbao.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import nianbao.check.Finding;
import nianbao.check.Severity;
import nianbao.model.Report;
import nianbao.view.FindingsOutput;
import nianbao.view.ReportJson;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every finding in the corpus, filtered by rule, severity, region and year; as JSON with counts, or as CSV. */
final class FindingRoutes {
    private final Library library;

    FindingRoutes(Library library) { this.library = library; }

    void register(Javalin app) {
        app.get("/api/findings", this::json);
        app.get("/api/findings.csv", this::csv);
    }

    /** The filters of a request, validated. */
    private record Filter(String rule, Severity severity, String region, Integer year) {
        static Filter of(Context ctx) {
            String rule = Params.optionalText(ctx, "rule", 40);
            if (rule != null && !rule.matches("[A-Z0-9_]+")) throw new BadRequest("规则编号无效 (invalid rule id)");
            String sev = Params.optionalText(ctx, "severity", 10);
            Severity severity;
            try {
                severity = sev == null ? null : Severity.ofId(sev);
            } catch (IllegalArgumentException e) {
                throw new BadRequest(e.getMessage());
            }
            return new Filter(rule, severity, Params.optionalText(ctx, "region", 40), Params.optionalInt(ctx, "year", 1990, 2100));
        }

        boolean keeps(Report r) {
            return (year == null || year.equals(r.year())) && (region == null || r.region().parts().contains(region));
        }

        boolean keeps(Finding f) {
            return (rule == null || rule.equals(f.rule())) && (severity == null || severity == f.severity());
        }
    }

    private void json(Context ctx) {
        Filter filter = Filter.of(ctx);
        ArrayNode list = ReportJson.MAPPER.createArrayNode();
        Map<String, Integer> byRule = new TreeMap<>(), bySeverity = new TreeMap<>();
        for (Report r : library.all()) {
            if (!filter.keeps(r)) continue;
            for (Finding f : library.findings(r.id())) {
                if (!filter.keeps(f)) continue;
                list.add(FindingsOutput.flat(r, f));
                byRule.merge(f.rule(), 1, Integer::sum);
                bySeverity.merge(f.severity().id(), 1, Integer::sum);
            }
        }
        ObjectNode o = ReportJson.MAPPER.createObjectNode();
        ObjectNode counts = o.putObject("counts");
        counts.set("byRule", ReportJson.MAPPER.valueToTree(byRule));
        counts.set("bySeverity", ReportJson.MAPPER.valueToTree(bySeverity));
        o.set("findings", list);
        ctx.json(o);
    }

    private void csv(Context ctx) throws IOException {
        Filter filter = Filter.of(ctx);
        StringWriter buf = new StringWriter();
        CSVPrinter csv = FindingsOutput.csvPrinter(buf);
        for (Report r : library.all()) {
            if (!filter.keeps(r)) continue;
            FindingsOutput.csv(csv, r, library.findings(r.id()).stream().filter(filter::keeps).toList());
        }
        csv.flush();
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"findings.csv\"");
        ctx.result(buf.toString());
    }
}

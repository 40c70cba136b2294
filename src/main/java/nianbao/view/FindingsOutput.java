package nianbao.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nianbao.check.Evidence;
import nianbao.check.Finding;
import nianbao.check.rules.Rules;
import nianbao.model.Report;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;

/** Findings as the {@code check} command prints them: text for people, JSON lines for programs, CSV for Excel. */
public final class FindingsOutput {
    private FindingsOutput() {}

    public static final List<String> CSV_HEADER = List.of(
            "source", "agency", "year", "rule", "severity", "message", "cells", "expected", "actual", "evidence");

    /** {source, agency, year, findings: [...]} */
    public static ObjectNode json(Report r, List<Finding> findings) {
        ObjectNode o = ReportJson.MAPPER.createObjectNode();
        o.put("source", r.source());
        o.put("agency", r.agency());
        if (r.year() == null) o.putNull("year");
        else o.put("year", r.year());
        o.set("findings", ReportJson.MAPPER.valueToTree(findings));
        return o;
    }

    /** One finding with its report's identity beside it, for corpus-wide lists (the web's 核查 page). */
    public static ObjectNode flat(Report r, Finding f) {
        ObjectNode o = ReportJson.MAPPER.valueToTree(f);
        o.put("reportId", r.id());
        o.put("source", r.source());
        o.put("agency", r.agency());
        if (r.year() == null) o.putNull("year");
        else o.put("year", r.year());
        o.put("region", r.region().toString());
        return o;
    }

    public static String jsonLine(Report r, List<Finding> findings) {
        try {
            return ReportJson.MAPPER.writeValueAsString(json(r, findings));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One report's findings for a reader: grouped under the report, each with its evidence quoted. */
    public static void text(PrintWriter out, Report r, List<Finding> findings) {
        out.println("== " + r.source() + "（" + nz(r.agency()) + "，" + (r.year() == null ? "年度不明" : r.year() + "年度")
                + "）：" + findings.size() + " 条 (findings)");
        for (Finding f : findings) {
            out.println("  [" + f.severity().label() + " " + f.severity().id() + "] " + f.rule() + " " + Rules.title(f.rule()));
            out.println("      " + f.message());
            if (!f.cells().isEmpty()) {
                List<String> cells = f.cells();
                out.println("      单元格 cells: " + (cells.size() > 8
                        ? String.join(", ", cells.subList(0, 8)) + " …（共" + cells.size() + "个）" : String.join(", ", cells)));
            }
            if (f.expected() != null || f.actual() != null) {
                boolean narrative = f.rule().startsWith("NARRATIVE_TABLE");
                out.println(narrative
                        ? "      表格 table: " + num(f.expected()) + "    正文 narrative: " + num(f.actual())
                        : "      应为 expected: " + num(f.expected()) + "    实为 actual: " + num(f.actual()));
            }
            for (Evidence e : f.evidence()) {
                out.println("      〔" + e.section() + " " + e.start() + "–" + e.end() + "〕「" + quote(e.text()) + "」");
            }
        }
    }

    /** Rows of the CSV, one per finding; the caller writes the BOM and header. */
    public static void csv(CSVPrinter csv, Report r, List<Finding> findings) throws IOException {
        for (Finding f : findings) {
            StringBuilder ev = new StringBuilder();
            for (Evidence e : f.evidence()) {
                if (ev.length() > 0) ev.append(" | ");
                ev.append(e.section()).append(' ').append(e.start()).append('-').append(e.end()).append(' ')
                        .append(quote(e.text()));
            }
            csv.printRecord(r.source(), nz(r.agency()), r.year() == null ? "" : r.year(), f.rule(), f.severity().id(),
                    f.message(), String.join(" ", f.cells()), num(f.expected()), num(f.actual()), ev);
        }
    }

    public static CSVPrinter csvPrinter(Appendable out) throws IOException {
        return Csv.printer(out, CSV_HEADER.toArray(String[]::new));
    }

    /** Evidence on one line: table cells shown as separated by " ", long spans shortened. */
    static String quote(String text) {
        String t = text.replace("\r", "").replaceAll("\\n?\\t", " ").replaceAll("\\n+", " ⏎ ").replaceAll(" {2,}", " ").strip();
        return t.length() > 240 ? t.substring(0, 240) + "…" : t;
    }

    private static String num(BigDecimal v) { return v == null ? "" : v.stripTrailingZeros().toPlainString(); }

    private static String nz(String s) { return s == null ? "" : s; }
}

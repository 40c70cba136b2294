package nianbao.view;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVPrinter;

import nianbao.model.SectionKey;
import nianbao.search.MatchFinder;
import nianbao.search.ReportSearcher;
import nianbao.search.SearchResult;

/** Prints search results, similar reports and concordance lines as text, JSON or CSV: for the CLI and the web API. */
public final class SearchOutput {
    public enum Format { text, json, csv }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> DIM_NAMES = Map.of("year", "年份 year", "province", "省份 province",
            "city", "城市 city", "level", "级别 level", "section", "章节 section", "format", "格式 format",
            "severity", "问题级别 severity", "rule", "规则 rule");
    private static final String[] HIT_COLUMNS = {"rank", "score", "report_id", "agency", "year", "province", "city",
            "county", "level", "section", "source", "snippet"};
    private static final String[] KWIC_COLUMNS = {"left", "match", "right", "report_id", "agency", "year", "section",
            "source"};

    private final PrintWriter out;
    private final Format format;

    public SearchOutput(PrintWriter out, Format format) {
        this.out = out;
        this.format = format;
    }

    public void results(String query, SearchResult r) throws IOException {
        switch (format) {
            case json -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("query", query);
                m.put("total", r.total());
                m.put("hits", hitMaps(r.hits()));
                m.put("facets", r.facets());
                out.println(JSON.writeValueAsString(m));
            }
            case csv -> hitsCsv(r.hits());
            case text -> {
                out.printf("共 %d 条 (%d hits)：%s%n", r.total(), r.total(), query);
                hitsText(r.hits());
                if (!r.facets().isEmpty()) {
                    out.println("分面 (facets)");
                    r.facets().forEach((dim, counts) -> {
                        List<String> parts = new ArrayList<>();
                        counts.forEach((v, n) -> parts.add(label(dim, v) + " " + n));
                        out.println("  " + DIM_NAMES.getOrDefault(dim, dim) + "：" + String.join(" · ", parts));
                    });
                }
            }
        }
    }

    public void similar(String report, List<SearchResult.Hit> hits) throws IOException {
        switch (format) {
            case json -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("like", report);
                m.put("hits", hitMaps(hits));
                out.println(JSON.writeValueAsString(m));
            }
            case csv -> hitsCsv(hits);
            case text -> {
                out.printf("与 %s 相似的报告 (reports similar to it)：%d%n", report, hits.size());
                hitsText(hits);
            }
        }
    }

    public void kwic(List<ReportSearcher.KwicLine> lines, int width) throws IOException {
        switch (format) {
            case json -> {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (ReportSearcher.KwicLine l : lines) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("left", l.left());
                    m.put("match", l.match());
                    m.put("right", l.right());
                    m.put("report_id", l.hit().reportId());
                    m.put("agency", l.hit().agency());
                    m.put("year", l.hit().year());
                    m.put("section", l.hit().section());
                    m.put("source", l.hit().source());
                    rows.add(m);
                }
                out.println(JSON.writeValueAsString(rows));
            }
            case csv -> {
                CSVPrinter p = Csv.printer(out, KWIC_COLUMNS);
                for (ReportSearcher.KwicLine l : lines) {
                    p.printRecord(l.left(), l.match(), l.right(), l.hit().reportId(), l.hit().agency(),
                            l.hit().year(), l.hit().section(), l.hit().source());
                }
                p.flush();
            }
            case text -> {
                for (ReportSearcher.KwicLine l : lines) {
                    String left = " ".repeat(Math.max(0, width - l.left().length())) + l.left();
                    out.printf("%s【%s】%s  | %s %s %s%n", left, l.match(), l.right(), nz(l.hit().agency()),
                            l.hit().year() == null ? "" : l.hit().year(), sectionName(l.hit().section()));
                }
                out.printf("共 %d 行 (lines)%n", lines.size());
            }
        }
    }

    private void hitsText(List<SearchResult.Hit> hits) {
        int rank = 1;
        for (SearchResult.Hit h : hits) {
            String region = String.join("", nonNull(h.province(), h.city(), h.county()));
            out.printf("[%d] %s %s · %s · %s · %s  (%.2f)%n", rank++, nz(h.agency()), h.year() == null ? "" : h.year(),
                    region.isEmpty() ? "地区不详" : region, nz(h.level()), sectionName(h.section()), h.score());
            if (h.snippet() != null) out.println("    " + h.snippet().marked("【", "】"));
            out.println("    " + h.source());
        }
    }

    private void hitsCsv(List<SearchResult.Hit> hits) throws IOException {
        CSVPrinter p = Csv.printer(out, HIT_COLUMNS);
        int rank = 1;
        for (SearchResult.Hit h : hits) {
            p.printRecord(rank++, h.score(), h.reportId(), h.agency(), h.year(), h.province(), h.city(), h.county(),
                    h.level(), h.section(), h.source(), h.snippet() == null ? "" : h.snippet().text());
        }
        p.flush();
    }

    private static List<Map<String, Object>> hitMaps(List<SearchResult.Hit> hits) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SearchResult.Hit h : hits) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("report_id", h.reportId());
            m.put("agency", h.agency());
            m.put("year", h.year());
            m.put("province", h.province());
            m.put("city", h.city());
            m.put("county", h.county());
            m.put("level", h.level());
            m.put("section", h.section());
            m.put("source", h.source());
            m.put("score", h.score());
            if (h.snippet() != null) {
                m.put("snippet", h.snippet().text());
                List<int[]> spans = new ArrayList<>();
                for (MatchFinder.Span s : h.snippet().highlights()) spans.add(new int[] {s.start(), s.end()});
                m.put("highlights", spans);
            }
            out.add(m);
        }
        return out;
    }

    private static String label(String dim, String value) {
        return dim.equals("section") ? sectionName(value) : value;
    }

    private static String sectionName(String id) {
        if (id == null) return "";
        if (id.equals("report")) return "全文 (report)";
        try {
            return SectionKey.ofId(id).standardHeading();
        } catch (IllegalArgumentException e) {
            return id;
        }
    }

    private static List<String> nonNull(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) if (p != null) out.add(p);
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

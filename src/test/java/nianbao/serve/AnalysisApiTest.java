package nianbao.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search, findings, problems and comparison endpoints over the seed corpus, good requests and bad. */
class AnalysisApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static Library library;
    static String chaoming, huyuan;

    @BeforeAll
    static void load() throws Exception {
        library = Library.load(Path.of("corpus"), Files.createTempDirectory("nianbao-api-index"));
        for (var r : library.all()) {
            if (r.agency().startsWith("潮鸣")) chaoming = r.id();
            if (r.agency().contains("湖源")) huyuan = r.id();
        }
    }

    @AfterAll
    static void close() throws Exception { library.close(); }

    static Javalin app() { return WebServer.create(library, Path.of("web")); }

    static JsonNode json(Response res) throws Exception { return JSON.readTree(res.body().string()); }

    @Test
    void searchWithFacetsSnippetsAndPaging() throws Exception {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode r = json(client.get("/api/search?q=%E6%94%BF%E5%8A%A1%E6%96%B0%E5%AA%92%E4%BD%93")); // 政务新媒体
            assertEquals(3, r.get("total").asInt());
            JsonNode hit = r.get("hits").get(0);
            String snippet = hit.get("snippet").asText();
            JsonNode span = hit.get("highlights").get(0);
            assertEquals("政务新媒体", snippet.substring(span.get(0).asInt(), span.get(1).asInt()));
            assertEquals(2, r.get("facets").get("year").get("2021").asInt());

            JsonNode page2 = json(client.get("/api/search?q=%E6%94%BF%E5%8A%A1%E6%96%B0%E5%AA%92%E4%BD%93&limit=2&offset=2"));
            assertEquals(3, page2.get("total").asInt());
            assertEquals(1, page2.get("hits").size());

            JsonNode in2020 = json(client.get("/api/search?q=%E6%94%BF%E5%8A%A1%E6%96%B0%E5%AA%92%E4%BD%93&year=2020"));
            assertEquals(1, in2020.get("total").asInt());

            Response csv = client.get("/api/search.csv?q=%E6%94%BF%E5%8A%A1%E6%96%B0%E5%AA%92%E4%BD%93");
            assertTrue(csv.header("Content-Type").startsWith("text/csv"));
            byte[] bytes = csv.body().bytes(); // (OkHttp's string() would swallow the BOM)
            assertTrue(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).startsWith("\uFEFFrank,"), "BOM for Excel");
        });
    }

    @Test
    void badSearchRequestsGet400WithAMessage() throws Exception {
        JavalinTest.test(app(), (server, client) -> {
            assertEquals(400, client.get("/api/search").code());
            Response malformed = client.get("/api/search?q=%22%E6%94%BF%E5%8A%A1"); // "政务 (unclosed quote)
            assertEquals(400, malformed.code());
            assertTrue(json(malformed).get("error").asText().length() > 0);
            assertEquals(400, client.get("/api/search?q=x&section=tables").code());
            assertEquals(400, client.get("/api/search?q=%E6%94%BF%E5%8A%A1&limit=0").code());
            assertEquals(400, client.get("/api/search?q=%E6%94%BF%E5%8A%A1&year=20x1").code());
        });
    }

    @Test
    void keywordInContext() throws Exception {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode lines = json(client.get("/api/kwic?q=%E4%BF%A1%E6%81%AF%E5%A4%84%E7%90%86%E8%B4%B9")); // 信息处理费
            assertTrue(lines.size() >= 2, lines.toString());
            for (JsonNode l : lines) assertEquals("信息处理费", l.get("match").asText());
            assertTrue(client.get("/api/kwic.csv?q=%E4%BF%A1%E6%81%AF%E5%A4%84%E7%90%86%E8%B4%B9").body().string().contains("信息处理费"));
            assertEquals(400, client.get("/api/kwic?q=%E4%BF%A1%E6%81%AF&width=1000").code());
        });
    }

    @Test
    void similarReports() throws Exception {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode r = json(client.get("/api/reports/" + chaoming + "/similar"));
            assertTrue(r.get("hits").size() >= 1);
            for (JsonNode h : r.get("hits")) assertTrue(!h.get("report_id").asText().equals(chaoming));
            assertEquals(404, client.get("/api/reports/0000000000000000/similar").code());
        });
    }

    @Test
    void findingsAcrossTheCorpusFilteredAndAsCsv() throws Exception {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode all = json(client.get("/api/findings"));
            assertEquals(1, all.get("counts").get("bySeverity").get("error").asInt());
            JsonNode errors = json(client.get("/api/findings?severity=error"));
            assertEquals(1, errors.get("findings").size());
            JsonNode f = errors.get("findings").get(0);
            assertEquals("NARRATIVE_TABLE_MISMATCH", f.get("rule").asText());
            assertEquals(chaoming, f.get("reportId").asText());
            assertTrue(f.get("evidence").get(0).get("text").asText().contains("办理和答复"));
            assertEquals(1, json(client.get("/api/findings?rule=FEE_STATEMENT_MISSING")).get("findings").size());
            assertEquals(0, json(client.get("/api/findings?year=2020&rule=FEE_STATEMENT_MISSING")).get("findings").size());
            String csv = client.get("/api/findings.csv?severity=error").body().string();
            assertEquals(2, csv.strip().split("\r?\n").length, csv);
            assertEquals(400, client.get("/api/findings?severity=fatal").code());
            assertEquals(400, client.get("/api/findings?rule=%3Cscript%3E").code());
        });
    }

    @Test
    void reportCarriesFiguresAndFindings() throws Exception {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode r = json(client.get("/api/reports/" + chaoming));
            assertTrue(r.get("figures").size() > 0);
            assertEquals("NARRATIVE_TABLE_MISMATCH", r.get("findings").get(0).get("rule").asText());
        });
    }

    @Test
    void problemsStatisticsThemesAndCsv() throws Exception {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode byYear = json(client.get("/api/problems?by=year"));
            assertEquals(5, byYear.get("reports").asInt());
            assertEquals(2, byYear.get("groups").size()); // 2020 and 2021
            boolean qinyuanOneSided = false;
            for (JsonNode d : byYear.get("defective")) qinyuanOneSided |= d.get("report").asText().contains("沁园");
            assertTrue(qinyuanOneSided);
            assertTrue(json(client.get("/api/problems?by=level")).get("groups").size() >= 1);
            assertTrue(json(client.get("/api/problems/themes")).isArray());
            assertTrue(client.get("/api/problems.csv?by=region").body().string().contains("P1"));
            assertEquals(400, client.get("/api/problems?by=colour").code());
        });
    }

    @Test
    void compareTwoReports() throws Exception {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode c = json(client.get("/api/compare?a=" + chaoming + "&b=" + huyuan));
            assertTrue(c.get("sections").size() > 0);
            boolean penalty = false;
            for (JsonNode cell : c.get("cells")) penalty |= cell.get("id").asText().equals("t2.penalty.decisions");
            assertTrue(penalty, "潮鸣 prints 145 行政处罚, 湖源 0");
            assertEquals(400, client.get("/api/compare?a=" + chaoming).code());
            assertEquals(404, client.get("/api/compare?a=" + chaoming + "&b=0000000000000000").code());
        });
    }
}

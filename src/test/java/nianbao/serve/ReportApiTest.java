package nianbao.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportApiTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path corpus;

    @TempDir
    static Path index;

    @BeforeAll
    static void copySeeds() throws Exception {
        for (String n : new String[]{"2021_潮鸣街道办事处.txt", "2020_沁园街道办事处.txt"}) {
            Files.copy(Path.of("corpus", n), corpus.resolve(n));
        }
    }

    static JsonNode json(Response res) throws Exception {
        return JSON.readTree(res.body().string());
    }

    static String chaomingId() throws Exception {
        return nianbao.parse.ReportLoader.load(Path.of("corpus", "2021_潮鸣街道办事处.txt")).id();
    }

    @Test
    void listsReportsAndFiltersByYear() throws Exception {
        JavalinTest.test(WebServer.create(Library.load(corpus, index), Path.of("web")), (server, client) -> {
            assertEquals(2, json(client.get("/api/reports")).size());
            JsonNode y2020 = json(client.get("/api/reports?year=2020"));
            assertEquals(1, y2020.size());
            assertEquals("沁园街道办事处", y2020.get(0).get("agency").asText());
            Response bad = client.get("/api/reports?year=abc");
            assertEquals(400, bad.code());
            assertTrue(json(bad).get("error").asText().contains("year"));
            // a level by its label or its English name, as search takes it
            assertEquals(2, json(client.get("/api/reports?level=township")).size());
            assertEquals(2, json(client.get("/api/reports?level=%E4%B9%A1%E9%95%87%E8%A1%97%E9%81%93")).size());
            assertEquals(400, client.get("/api/reports?level=village").code());
        });
    }

    @Test
    void oneReportInFullAndBadIds() throws Exception {
        String id = chaomingId();
        JavalinTest.test(WebServer.create(Library.load(corpus, index), Path.of("web")), (server, client) -> {
            JsonNode r = json(client.get("/api/reports/" + id));
            assertEquals("潮鸣街道办事处", r.get("agency").asText());
            assertEquals(145, r.get("cells").get("t2.penalty.decisions").asInt());
            assertEquals(400, client.get("/api/reports/..%2F..%2Fetc%2Fpasswd").code());
            assertEquals(400, client.get("/api/reports/not-an-id").code());
            assertEquals(404, client.get("/api/reports/0000000000000000").code());
        });
    }

    @Test
    void formatLayoutForBothVersions() throws Exception {
        JavalinTest.test(WebServer.create(Library.load(corpus, index), Path.of("web")), (server, client) -> {
            JsonNode v21 = json(client.get("/api/format/2021"));
            assertEquals(25, v21.get("t3").get("rows").size());
            assertEquals(23, json(client.get("/api/format/2019")).get("t3").get("rows").size());
            assertEquals(400, client.get("/api/format/2020").code());
        });
    }

    @Test
    void uploadReadsAndShowsANewReportAndRefusesBadFiles(@TempDir Path dir) throws Exception {
        Path lib = Files.createDirectories(dir.resolve("corpus"));
        byte[] seed = Files.readAllBytes(Path.of("corpus", "2021_富阳区湖源乡.txt"));
        JavalinTest.test(WebServer.create(Library.load(lib, dir.resolve("index")), Path.of("web")), (server, client) -> {
            Response ok = client.request("/api/reports", b -> b.post(multipart("湖源.txt", seed)));
            assertEquals(201, ok.code());
            String id = json(ok).get("id").asText();
            assertEquals("富阳区湖源乡", json(client.get("/api/reports/" + id)).get("agency").asText());
            assertTrue(Files.list(lib.resolve("uploads")).count() == 1);
            // read, checked and indexed: its words are searchable at once and its report carries findings
            assertEquals(1, json(client.get("/api/search?q=%E6%B9%96%E6%BA%90%E4%B9%A1")).get("total").asInt() > 0 ? 1 : 0); // 湖源乡
            assertTrue(json(client.get("/api/reports/" + id)).get("findings").isArray());

            Response exe = client.request("/api/reports", b -> b.post(multipart("x.exe", seed)));
            assertEquals(400, exe.code());
            assertTrue(json(exe).get("error").asText().contains("不支持的文件类型"));

            Response news = client.request("/api/reports", b -> b.post(multipart("news.txt",
                    "本报讯 某市召开会议。\n会议要求认真落实。\n".getBytes(StandardCharsets.UTF_8))));
            assertEquals(400, news.code());
            assertTrue(json(news).get("error").asText().contains("不是政府信息公开工作年度报告"));
            assertEquals(1, Files.list(lib.resolve("uploads")).count(), "a refused upload is not kept");

            assertEquals(400, client.request("/api/reports", b -> b.post(RequestBody.create(new byte[0]))).code());
        });
    }

    @Test
    void hostileReportTextComesBackAsDataNotMarkup(@TempDir Path dir) throws Exception {
        Path lib = Files.createDirectories(dir.resolve("corpus"));
        String seed = Files.readString(Path.of("corpus", "2021_富阳区湖源乡.txt"))
                .replace("本年度未收取信息处理费。", "本年度未收取信息处理费。<script>alert(1)</script>");
        Files.writeString(lib.resolve("hostile.txt"), seed);
        JavalinTest.test(WebServer.create(Library.load(lib, dir.resolve("index")), Path.of("web")), (server, client) -> {
            JsonNode list = json(client.get("/api/reports"));
            JsonNode r = json(client.get("/api/reports/" + list.get(0).get("id").asText()));
            String other = r.get("sections").get(5).get("text").asText();
            assertTrue(other.contains("<script>alert(1)</script>"), "the text is kept as it is, as JSON data");
            // the page builds the DOM from text nodes only: no innerHTML anywhere in the scripts
            for (Path js : Files.list(Path.of("web", "js")).toList()) {
                assertFalse(Files.readString(js).contains("innerHTML"), js.toString());
            }
        });
    }

    @Test
    void servesThePagesAndEcharts() throws Exception {
        JavalinTest.test(WebServer.create(Library.load(corpus, index), Path.of("web")), (server, client) -> {
            Response index = client.get("/");
            assertEquals(200, index.code());
            assertTrue(index.body().string().contains("年报"));
            assertEquals(200, client.get("/webjars/echarts/5.3.1/dist/echarts.min.js").code());
            assertEquals(404, client.get("/../pom.xml").code());
        });
    }

    static RequestBody multipart(String name, byte[] bytes) {
        return new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("file", name, RequestBody.create(bytes, MediaType.parse("application/octet-stream")))
                .build();
    }
}

package nianbao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class ProblemsAndCompareCommandTest {
    static final Path SEEDS = Path.of("../shared/seeds");
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter(), err = new StringWriter();

    @BeforeEach
    void copySeeds() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds 不存在，跳过 (seeds absent, skipped)");
        try (var files = Files.list(SEEDS)) {
            for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName()));
        }
    }

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void problemsJsonCountsTheSeeds() throws Exception {
        assertEquals(0, run("problems", dir.toString(), "--format", "json", "--by", "level"));
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertEquals(5, j.at("/statistics/reports").asInt());
        assertEquals("LEVEL", j.at("/statistics/by").asText());
        JsonNode defective = j.at("/statistics/defective");
        assertEquals(1, defective.size());
        assertEquals("REMEDIES_ONLY", defective.get(0).get("balance").asText());
        assertTrue(defective.get(0).get("source").asText().endsWith("2020_沁园街道办事处.txt"));
        assertTrue(j.at("/themes").size() >= 1);
    }

    @Test
    void problemsCsvAndText() {
        assertEquals(0, run("problems", dir.toString(), "--format", "csv"));
        String csv = out.toString();
        assertTrue(csv.startsWith("\uFEFFby,group,code,kind,category,reports_in_group,reports_naming,share,statements"),
                "BOM for Excel, then the header");
        assertTrue(csv.contains("year,2020,R4,remedy,提高认识、压实责任,1,1,1.0000,"), csv);
        out.getBuffer().setLength(0);
        assertEquals(0, run("problems", dir.toString()));
        assertTrue(out.toString().contains("只有改进措施，未列问题 (remedies only)"));
    }

    @Test
    void aTaxonomyFileInTheFolderReplacesTheBuiltInOne() throws Exception {
        Files.writeString(dir.resolve("taxonomy.tsv"),
                "X1\tproblem\t新媒体\t政务新媒体\nY1\tremedy\t平台\t平台建设\n", StandardCharsets.UTF_8);
        assertEquals(0, run("problems", dir.toString(), "--format", "json"));
        JsonNode cats = new ObjectMapper().readTree(out.toString()).at("/statistics/categories");
        assertEquals(2, cats.size());
        assertEquals("X1", cats.get(0).get("code").asText());
        assertEquals(1, cats.get(0).get("reports").asInt());
    }

    @Test
    void badTaxonomyFileIsOneLine() throws Exception {
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "P1\tproblem\tonly three columns\n", StandardCharsets.UTF_8);
        assertNotEquals(0, run("problems", dir.toString(), "--taxonomy", bad.toString()));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("第1行"));
    }

    @Test
    void compareTwoReportsAsJson() throws Exception {
        assertEquals(0, run("compare", dir.resolve("2021_潮鸣街道办事处.txt").toString(),
                dir.resolve("2021_富阳区湖源乡.txt").toString(), "--format", "json"));
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertEquals(6, j.get("sections").size());
        assertEquals("overview", j.at("/sections/0/section").asText());
        assertTrue(j.at("/sections/0/similarity").asDouble() < 0.2);
        boolean penalty = false;
        for (JsonNode c : j.get("cells")) penalty |= c.get("id").asText().equals("t2.penalty.decisions");
        assertTrue(penalty, "t2.penalty.decisions differs (145 vs 0)");
    }

    @Test
    void compareAReportWithItselfSharesEverySentence() {
        String f = dir.resolve("2021_潮鸣街道办事处.txt").toString();
        assertEquals(0, run("compare", f, f));
        assertTrue(out.toString().contains("100.0%"));
        assertTrue(out.toString().contains("不同的表格单元格 (differing table cells): 0"));
    }

    @Test
    void compareNeedsTwoFiles() {
        assertNotEquals(0, run("compare", dir.resolve("2021_潮鸣街道办事处.txt").toString()));
        assertTrue(err.toString().contains("需要两份报告"));
    }
}

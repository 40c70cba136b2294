package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import nianbao.model.Report;
import nianbao.model.Section;
import nianbao.parse.ReportLoader;

/** The index and search commands on the seed reports, through the real reader and parser. */
class SearchCommandTest {
    @TempDir static Path tmp;
    static Path index;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeAll
    static void indexSeeds() {
        assumeTrue(Files.isDirectory(Path.of("corpus")), "corpus/ with the seed reports is absent; skipping");
        index = tmp.resolve("index");
        Run r = run("index", "corpus", "--index", index.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("新增 5 (added)"), r.out());
    }

    @Test
    void reindexingTheSeedsChangesNothing() {
        Run r = run("index", "corpus", "--index", index.toString());
        assertTrue(r.out().contains("新增 0 (added)，更新 0 (replaced)，未变 5 (unchanged)，删除 0 (removed)"), r.out());
    }

    @Test
    void jsonHitsMatchAPlainScanOfTheParsedSeeds() throws Exception {
        long expected = 0;
        for (Report rep : ReportLoader.loadAll(List.of(Path.of("corpus"))).reports()) {
            for (Section s : rep.sections()) if (s.key().isNarrative() && s.text().contains("政务新媒体")) expected++;
        }
        Run r = run("search", "政务新媒体", "--format", "json", "--index", index.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertEquals(expected, o.get("total").asLong());
        for (JsonNode h : o.get("hits")) {
            String snippet = h.get("snippet").asText();
            for (JsonNode span : h.get("highlights")) {
                assertEquals("政务新媒体", snippet.substring(span.get(0).asInt(), span.get(1).asInt()));
            }
        }
        assertTrue(o.get("facets").get("section").size() > 0);
    }

    @Test
    void textKwicAndCsvOutputs() {
        Run text = run("search", "信息处理费", "--section", "other", "--index", index.toString());
        assertTrue(text.out().contains("【信息处理费】"), text.out());
        Run kwic = run("search", "媒体", "--kwic", "--index", index.toString());
        assertTrue(kwic.out().lines().filter(l -> l.contains("【媒体】")).count() >= 3, kwic.out());
        Run csv = run("search", "公开", "--format", "csv", "--limit", "3", "--index", index.toString());
        assertEquals(4, csv.out().lines().count(), csv.out());
        assertTrue(csv.out().startsWith("\uFEFFrank,score,report_id"), "BOM for Excel, then the header");
        Run like = run("search", "--like", "corpus/2021_富阳区湖源乡.txt", "--index", index.toString());
        assertEquals(0, like.exit(), like.err());
        assertFalse(like.out().contains("湖源乡.txt\n"), like.out());
    }

    @Test
    void malformedQueriesAndMissingIndexGetOneLineAndNoStackTrace() {
        for (String[] args : List.of(new String[] {"search", "\"政务", "--index", index.toString()},
                new String[] {"search", "公开 OR", "--index", index.toString()},
                new String[] {"search", "-公开", "--index", index.toString()},
                new String[] {"search", "公开", "--index", tmp.resolve("nothing").toString()})) {
            Run r = run(args);
            assertEquals(2, r.exit());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("错误 (error): "), r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        }
    }
}

package nianbao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParseCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void jsonHasOneObjectPerReportWithTheContractFields() throws Exception {
        Run r = run("parse", "--json", "corpus");
        assertEquals(0, r.exit());
        List<String> lines = r.out().lines().toList();
        assertEquals(5, lines.size());
        JsonNode o = new ObjectMapper().readTree(lines.get(3));
        for (String field : List.of("id", "source", "title", "agency", "year", "format", "region", "level", "sections", "cells", "notes"))
            assertTrue(o.has(field), field);
        assertEquals("潮鸣街道办事处", o.get("agency").asText());
        assertEquals(145, o.get("cells").get("t2.penalty.decisions").asInt());
        assertEquals("overview", o.get("sections").get(0).get("key").asText());
        assertTrue(o.get("sections").get(0).get("text").asText().startsWith("2021年，潮鸣街道"));
        // the narrative's figures, each with the cells it speaks about: 收到自然人书面信息公开申请1件
        JsonNode figure = null;
        for (JsonNode f : o.get("figures")) if (f.get("text").asText().contains("申请1件")) figure = f;
        assertTrue(figure != null, o.get("figures").toString());
        assertEquals(1, figure.get("value").asInt());
        assertTrue(figure.get("cells").toString().contains("t3.new.natural"), figure.toString());
        for (String field : List.of("cells", "value", "unit", "approximate", "subject", "scope", "text", "start", "end"))
            assertTrue(figure.has(field), field);
    }

    @Test
    void missingRowIsNullInJson() throws Exception {
        Run r = run("parse", "--json", "corpus/2021_相山区任圩街道办事处.txt");
        JsonNode cells = new ObjectMapper().readTree(r.out()).get("cells");
        assertTrue(cells.has("t3.carried_out.total"));
        assertTrue(cells.get("t3.carried_out.total").isNull());
    }

    @Test
    void aFolderWithBadFilesReadsTheRestAndSaysWhichFailed() throws Exception {
        Files.copy(Path.of("corpus", "2021_富阳区湖源乡.txt"), dir.resolve("good.txt"));
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("news.txt"), "本报讯 某市召开会议。\n会议要求认真落实。\n");
        Run r = run("parse", dir.toString());
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("富阳区湖源乡"));
        assertTrue(r.err().contains("empty.txt: 文件为空"), r.err());
        assertTrue(r.err().contains("news.txt: 不是政府信息公开工作年度报告"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void exitCodeIsNonZeroOnlyWhenNothingCouldBeRead() throws Exception {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertEquals(1, run("parse", dir.toString()).exit());
        Run missing = run("parse", dir.resolve("nope.txt").toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("nope.txt"), missing.err());
    }

    @Test
    void truncatedReportGetsAWarningLine() throws Exception {
        String text = Files.readString(Path.of("corpus", "2021_潮鸣街道办事处.txt"));
        Path cut = Files.writeString(dir.resolve("cut.txt"), text.substring(0, text.indexOf("2.其他法律行政法规禁止公开")));
        Run r = run("parse", cut.toString());
        assertEquals(0, r.exit());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith(cut + ": 警告") && l.contains("报告不完整")), r.err());
    }

    @Test
    void everyCommandHasHelp() {
        Run r = run("parse", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("--json"));
    }

    @Test
    void aBadOptionValueGetsOneLineNamingTheOptionAndExitCode2() {
        for (String[] args : new String[][] {{"problems", "corpus", "--format", "xml"}, {"compare", "--format", "csv", "--corpus", "corpus"},
                {"check", "--format", "pdf", "corpus"}}) {
            Run r = run(args);
            assertEquals(2, r.exit(), String.join(" ", args));
            assertTrue(r.err().startsWith("错误 (error): ") && r.err().contains("--format"), r.err());
            assertTrue(r.err().contains("nianbao " + args[0] + " --help"), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertEquals("", r.out());
        }
    }
}

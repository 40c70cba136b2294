package nianbao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void textGroupsFindingsByReportAndQuotesEvidence() {
        ParseCommandTest.Run r = ParseCommandTest.run("check", "corpus");
        assertEquals(0, r.exit(), r.err());
        assertEquals(5, r.out().lines().filter(l -> l.startsWith("== ")).count());
        assertTrue(r.out().contains("NARRATIVE_TABLE_MISMATCH"), r.out());
        assertTrue(r.out().contains("「2021年，街道收到自然人书面信息公开申请1件，严格按照《条例》等有关规定进行办理和答复，无其它渠道申请件。」"), r.out());
        assertTrue(r.err().contains("错误 1") && r.err().contains("1 errors"), r.err());
    }

    @Test
    void jsonIsOneObjectPerReport() throws Exception {
        ParseCommandTest.Run r = ParseCommandTest.run("check", "--format", "json", "corpus");
        List<String> lines = r.out().lines().toList();
        assertEquals(5, lines.size());
        JsonNode o = new ObjectMapper().readTree(lines.get(3));
        assertEquals("潮鸣街道办事处", o.get("agency").asText());
        assertEquals(2021, o.get("year").asInt());
        JsonNode f = o.get("findings").get(0);
        for (String field : List.of("rule", "severity", "message", "cells", "expected", "actual", "evidence")) {
            assertTrue(f.has(field), field);
        }
        assertEquals("error", f.get("severity").asText());
        JsonNode ev = f.get("evidence").get(0);
        assertEquals("overview", ev.get("section").asText());
        assertTrue(ev.get("end").asInt() > ev.get("start").asInt());
    }

    @Test
    void csvHasABomAndOneRowPerFinding() throws Exception {
        ParseCommandTest.Run r = ParseCommandTest.run("check", "--format", "csv", "--min-severity", "warning", "corpus");
        assertTrue(r.out().startsWith("\uFEFFsource,agency,year,rule,severity"), r.out());
        List<CSVRecord> rows = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(r.out().substring(1))).getRecords();
        assertEquals(4, rows.size()); // 1 error and 3 warnings on the seeds
        assertTrue(rows.stream().noneMatch(x -> x.get("severity").equals("info")));
    }

    @Test
    void flatFindingCarriesItsReport() throws Exception {
        var report = nianbao.parse.ReportLoader.load(Path.of("corpus", "2021_潮鸣街道办事处.txt"));
        var f = new nianbao.check.Checker().check(report).get(0);
        JsonNode o = nianbao.view.FindingsOutput.flat(report, f);
        assertEquals(report.id(), o.get("reportId").asText());
        assertEquals("NARRATIVE_TABLE_MISMATCH", o.get("rule").asText());
        assertEquals(2021, o.get("year").asInt());
    }

    @Test
    void exitCodes() throws Exception {
        assertEquals(1, ParseCommandTest.run("check", "--fail-on", "error", "corpus").exit());
        assertEquals(0, ParseCommandTest.run("check", "--fail-on", "error", "corpus/2021_富阳区湖源乡.txt").exit());
        Path junk = Files.writeString(dir.resolve("junk.txt"), "not a report");
        ParseCommandTest.Run bad = ParseCommandTest.run("check", junk.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("junk.txt"), bad.err());
        assertTrue(!bad.err().contains("Exception"), bad.err());
        assertEquals(2, ParseCommandTest.run("check", "--min-severity", "bogus", "corpus").exit());
    }
}

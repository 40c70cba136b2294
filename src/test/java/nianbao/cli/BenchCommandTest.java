package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The benchmark runs end to end on a tiny corpus and prints every key the issue asks for (figures not judged). */
class BenchCommandTest {
    @TempDir Path work;

    @Test
    void printsTheJsonKeys() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("corpus")), "corpus/ with the seed reports is absent; skipping");
        JsonNode o = bench();
        for (String key : List.of("segment_mb_s", "ingest_mb_s", "index_bytes", "p50_ms_1", "p99_ms_1", "p50_ms_8",
                "p99_ms_8", "heap_mb", "sections", "segment_first_mb_s", "ingest_first_mb_s", "segment_before_mb_s",
                "segment_after_mb_s", "p50_ms_report", "p99_ms_report")) {
            assertTrue(o.has(key), key);
            assertTrue(o.get(key).asDouble() > 0, key + " = " + o.get(key));
        }
        assertEquals(36, o.get("sections").asInt(), "three narrative sections per synthetic report");
        assertEquals(12, o.get("ingested").asInt());
        // the goal figure is ingest over segmentation, both passes of it together
        double segment = 2 / (1 / o.get("segment_before_mb_s").asDouble() + 1 / o.get("segment_after_mb_s").asDouble());
        assertEquals(segment, o.get("segment_mb_s").asDouble(), 0.02);
        assertEquals(o.get("ingest_mb_s").asDouble() / o.get("segment_mb_s").asDouble(), o.get("ingest_vs_segment").asDouble(), 0.01);
        // warm-up: whole passes until the JIT settles, at most three; the JIT time left in the timed passes is shown
        for (String key : List.of("segment_warmups", "ingest_warmups")) {
            int passes = o.get(key).asInt();
            assertTrue(passes >= 1 && passes <= 3, key + " = " + passes);
        }
        for (String key : List.of("segment_jit_s", "ingest_jit_s")) assertTrue(o.get(key).asDouble() >= 0, key);
    }

    @Test
    void roundsEachSitBetweenTwoSegmentationPassesAndTheMedianIsReported() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("corpus")), "corpus/ with the seed reports is absent; skipping");
        JsonNode o = bench("--rounds", "3");
        assertEquals(3, o.get("rounds").asInt());
        List<Double> each = new java.util.ArrayList<>();
        o.get("ingest_vs_segment_rounds").forEach(n -> each.add(n.asDouble()));
        assertEquals(3, each.size());
        each.sort(null);
        assertEquals(each.get(1), o.get("ingest_vs_segment_median").asDouble(), 1e-9);
        assertEquals(12, o.get("ingested").asInt(), "the last round's index holds every report");
        CommandLine quiet = Main.commandLine();
        quiet.setErr(new PrintWriter(new StringWriter()));
        assertEquals(2, quiet.execute("bench", "--rounds", "0"), "rounds must be positive");
    }

    @Test
    void aSecondRunInTheSameWorkFolderIngestsEveryReportAgain() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("corpus")), "corpus/ with the seed reports is absent; skipping");
        bench();
        // the first run's index is still there: timing an incremental run of unchanged files would measure nothing
        assertEquals(12, bench().get("ingested").asInt());
    }

    private JsonNode bench(String... more) throws Exception {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> args = new java.util.ArrayList<>(List.of("bench", "--reports", "12", "--json", "--work", work.toString()));
        args.addAll(List.of(more));
        assertEquals(0, cl.execute(args.toArray(new String[0])), err.toString());
        return new ObjectMapper().readTree(out.toString());
    }
}

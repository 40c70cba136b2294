package nianbao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nianbao.search.ReportSearcher;
import nianbao.search.SearchRequest;

/** A run killed midway (a real child process, killed hard) leaves the previous index readable and whole. */
class CrashSafetyTest {
    @TempDir Path tmp;

    @Test
    void aKilledRunLeavesThePreviousIndexWhole() throws Exception {
        assumeTrue(Files.isDirectory(SyntheticFiles.SEEDS), "corpus/ with the seed reports is absent; skipping");
        Path corpus = tmp.resolve("corpus");
        Path index = tmp.resolve("index");
        SyntheticFiles synth = new SyntheticFiles(7);
        List<Path> firstFiles = synth.writeAll(corpus, 5);
        new Indexer(index).reportSource(synth).run(List.of(corpus), new Indexer.Listener() {});
        long before;
        try (ReportSearcher s = ReportSearcher.open(index)) {
            assertEquals(5 * 4, s.documentCount());
            before = s.search(SearchRequest.of("政务").withLimit(100)).total();
        }
        long filesBefore = fileCount(index);

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx256m", CrashChild.class.getName(),
                corpus.toString(), index.toString(), "150")
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int done = 0;
            // Wait until the child has indexed well past the old files and written new segment files.
            while ((line = out.readLine()) != null) {
                if (line.startsWith("done ")) done = Integer.parseInt(line.substring(5));
                if (done >= 60 && fileCount(index) > filesBefore) break;
                assertTrue(!line.equals("finished"), "the child finished before it could be killed");
            }
            assertTrue(done >= 60, "child output ended early");
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }

        try (ReportSearcher s = ReportSearcher.open(index)) {
            assertEquals(5 * 4, s.documentCount(), "the index must open with exactly its previous content");
            assertEquals(before, s.search(SearchRequest.of("政务").withLimit(100)).total());
        }
        // And the next run can take the index over: the dead process's lock went with it.
        Indexer.Summary again = new Indexer(index).reportSource(synth).run(firstFiles, new Indexer.Listener() {});
        assertEquals(5, again.unchanged());
        assertEquals(0, again.added());
    }

    private static long fileCount(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }
}

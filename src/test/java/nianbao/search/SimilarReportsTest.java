package nianbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nianbao.index.Indexer;
import nianbao.parse.ReportLoader;

/** "Similar reports" puts a report's reworded copy from another agency first, ahead of the other seeds. */
class SimilarReportsTest {
    @TempDir
    Path tmp;

    @Test
    void aCopyFromAnotherAgencyIsTheMostSimilarReport() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        try (var seeds = Files.list(Path.of("corpus"))) {
            for (Path f : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) Files.copy(f, corpus.resolve(f.getFileName()));
        }
        Path original = corpus.resolve("2021_潮鸣街道办事处.txt");
        String copy = Files.readString(original, StandardCharsets.UTF_8).replace("潮鸣", "望江");
        Files.writeString(corpus.resolve("2021_望江街道办事处.txt"), copy, StandardCharsets.UTF_8);
        new Indexer(tmp.resolve("index")).run(List.of(corpus), new Indexer.Listener() {});

        String originalId = ReportLoader.load(original).id();
        String copyId = ReportLoader.load(corpus.resolve("2021_望江街道办事处.txt")).id();
        try (ReportSearcher searcher = ReportSearcher.open(tmp.resolve("index"))) {
            List<SearchResult.Hit> similar = searcher.similar(originalId, 5);
            assertEquals(copyId, similar.get(0).reportId());
            assertEquals(5, similar.size(), "the copy and the four other seeds");
            for (int i = 1; i < similar.size(); i++) {
                assertNotEquals(originalId, similar.get(i).reportId());
                assertEquals(true, similar.get(i - 1).score() >= similar.get(i).score());
            }
        }
    }
}

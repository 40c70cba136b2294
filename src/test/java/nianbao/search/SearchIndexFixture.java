package nianbao.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nianbao.index.Indexer;
import nianbao.index.SyntheticFiles;
import nianbao.model.Report;

/** One small index of synthetic reports, built once and shared by the search tests. */
final class SearchIndexFixture {
    static final int REPORTS = 60;
    private static Path index;
    private static List<Report> reports;

    private SearchIndexFixture() {}

    static synchronized Path index() throws IOException {
        if (index == null) {
            Path tmp = Files.createTempDirectory("nianbao-search-test");
            SyntheticFiles synth = new SyntheticFiles(11);
            synth.writeAll(tmp.resolve("corpus"), REPORTS);
            new Indexer(tmp.resolve("index")).reportSource(synth).run(List.of(tmp.resolve("corpus")),
                    new Indexer.Listener() {});
            reports = synth.corpus().reports(REPORTS).toList();
            index = tmp.resolve("index");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(tmp)));
        }
        return index;
    }

    private static void deleteTree(Path dir) {
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }

    static List<Report> reports() throws IOException {
        index();
        return reports;
    }
}

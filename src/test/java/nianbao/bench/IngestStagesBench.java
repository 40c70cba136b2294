package nianbao.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;

import nianbao.check.CheckContext;
import nianbao.check.Checker;
import nianbao.check.Corpus;
import nianbao.check.Rule;
import nianbao.index.Findings;
import nianbao.index.NianbaoAnalyzer;
import nianbao.index.ReportDocuments;
import nianbao.index.Segmenter;
import nianbao.index.TextNormalizer;
import nianbao.model.Report;
import nianbao.model.Section;
import nianbao.parse.ReportParser;
import nianbao.read.Readers;

/**
 * Benchmark, not a test: where one thread's ingest time goes, stage by stage, on N synthetic reports (default 1500),
 * after warm-up rounds. Run after {@code mvn -o -q test-compile}:
 * {@code java -cp target/classes:target/test-classes:<deps> nianbao.bench.IngestStagesBench [N] [ROUNDS]}.
 */
public final class IngestStagesBench {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("stages");
        List<Path> files = SyntheticCorpus.fromSeeds(Path.of("corpus"), SyntheticCorpus.DEFAULT_SEED).writeTexts(dir, n);
        long bytes = 0;
        for (Path f : files) bytes += Files.size(f);
        Segmenter seg = new Segmenter();
        Checker checker = new Checker();
        Map<String, Double> t = new LinkedHashMap<>();
        for (int round = 0; round < rounds + 2; round++) {
            boolean timed = round >= 2;
            List<String> texts = new ArrayList<>();
            for (Path f : files) texts.add(Files.readString(f, StandardCharsets.UTF_8));
            time(t, timed, "segment whole text (floor)", () -> { for (String s : texts) seg.words(TextNormalizer.normalize(s)); });
            List<nianbao.read.Document> docs = new ArrayList<>();
            time(t, timed, "read", () -> { for (Path f : files) docs.add(Readers.read(f)); });
            List<Report> reports = new ArrayList<>();
            time(t, timed, "parse", () -> { for (nianbao.read.Document d : docs) reports.add(ReportParser.parse(d)); });
            time(t, timed, "segment narrative", () -> {
                for (Report r : reports) for (Section s : r.sections())
                    if (s.key().isNarrative() && !s.text().isBlank()) seg.words(TextNormalizer.normalize(s.text()));
            });
            time(t, timed, "check (all)", () -> { for (Report r : reports) Findings.of(checker.check(r)); });
            for (Rule rule : checker.rules()) {
                time(t, timed, "  rule " + rule.id(), () -> {
                    for (Report r : reports) rule.check(new CheckContext(r, Corpus.of(r), null));
                });
            }
            List<List<Document>> built = new ArrayList<>();
            time(t, timed, "documents (incl. segmentation)", () -> {
                for (Report r : reports) built.add(ReportDocuments.build(r, r.source(), "h", null, seg));
            });
            time(t, timed, "lucene add + commit (RAM)", () -> {
                try (ByteBuffersDirectory d = new ByteBuffersDirectory();
                     IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new NianbaoAnalyzer()).setRAMBufferSizeMB(256))) {
                    for (List<Document> ds : built) w.addDocuments(ds);
                    w.commit();
                }
            });
        }
        double floor = t.get("segment whole text (floor)");
        System.out.printf("%d reports, %.1f MB, %d timed rounds, one thread%n", n, bytes / 1e6, rounds);
        for (Map.Entry<String, Double> e : t.entrySet()) {
            double s = e.getValue() / rounds;
            System.out.printf("%-36s %7.3f s  %5.2f × floor  %6.3f ms/report%n", e.getKey(), s, e.getValue() / floor, s * 1000 / n);
        }
    }

    interface Stage { void run() throws Exception; }

    private static void time(Map<String, Double> t, boolean timed, String name, Stage stage) throws Exception {
        long t0 = System.nanoTime();
        stage.run();
        double s = (System.nanoTime() - t0) / 1e9;
        if (timed) t.merge(name, s, Double::sum);
        else t.putIfAbsent(name, 0.0);
    }
}

package nianbao.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nianbao.bench.SyntheticCorpus;
import nianbao.model.Report;
import nianbao.read.ReadException;

/**
 * Synthetic report files for index tests, and a report source that turns a file back into the {@link Report} the
 * generator made for its text (tests must not depend on the parser): any text written with {@link #write} or
 * {@link #writeAll} is known.
 */
public final class SyntheticFiles implements Indexer.ReportSource {
    public static final Path SEEDS = Path.of("corpus");

    private final SyntheticCorpus corpus;
    private final Map<String, Report> byText = new ConcurrentHashMap<>();

    public SyntheticFiles(long seed) throws IOException {
        corpus = SyntheticCorpus.fromSeeds(SEEDS, seed);
    }

    public SyntheticCorpus corpus() { return corpus; }

    public List<Path> writeAll(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) files.add(write(dir.resolve(corpus.fileName(i)), i));
        return files;
    }

    /** Writes report {@code i} of the corpus into a file. */
    public Path write(Path file, int i) throws IOException {
        Report r = corpus.report(i);
        byText.put(r.text(), r);
        Files.writeString(file, r.text(), StandardCharsets.UTF_8);
        return file;
    }

    @Override
    public Report load(Path file, byte[] bytes) throws ReadException {
        Report r = byText.get(new String(bytes, StandardCharsets.UTF_8));
        if (r == null) throw new ReadException("not a synthetic report");
        return r;
    }
}

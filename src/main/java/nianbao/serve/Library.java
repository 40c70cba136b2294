package nianbao.serve;

import nianbao.check.Checker;
import nianbao.check.Corpus;
import nianbao.check.Finding;
import nianbao.extract.Figure;
import nianbao.extract.FigureExtractor;
import nianbao.index.Findings;
import nianbao.index.Indexer;
import nianbao.model.Report;
import nianbao.parse.ReportLoader;
import nianbao.read.ReadException;
import nianbao.search.ReportSearcher;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What the server shows: the reports of the corpus folder and the uploads, each read once, checked against the
 * corpus, and kept in the search index. Uploads are saved under {@code <corpus>/uploads/} by content hash, so the
 * next index run includes them; no name the user sends reaches the file system.
 */
public final class Library implements Closeable {
    /** File types an upload may have, by extension. */
    public static final Set<String> UPLOAD_TYPES = Set.of("txt", "html", "htm", "docx", "doc", "pdf");
    public static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

    private final Path corpus;
    private final Path index;
    private final Checker checker = new Checker();
    private final Map<String, Report> reports = new LinkedHashMap<>();
    private final Map<Path, Report> byFile = new HashMap<>();
    private final Map<String, List<Finding>> findings = new HashMap<>();
    private final Map<String, List<Figure>> figures = new ConcurrentHashMap<>();
    private final List<ReportLoader.Failure> failures = new ArrayList<>();
    private volatile ReportSearcher searcher;
    private final Object uploads = new Object();
    private long version;

    private Library(Path corpus, Path index) {
        this.corpus = corpus;
        this.index = index;
    }

    /** Reads and checks the corpus, and brings the index up to date (only new and changed files are indexed). */
    public static Library load(Path corpus, Path index, Indexer.Listener progress) throws IOException {
        Library lib = new Library(corpus, index);
        ReportLoader.Result result = ReportLoader.loadAllInParallel(List.of(corpus));
        for (Report r : result.reports()) lib.put(r);
        lib.failures.addAll(result.failures());
        lib.findings.putAll(lib.checkAll(lib.all()));
        lib.reindex(List.of(corpus), progress);
        return lib;
    }

    public static Library load(Path corpus, Path index) throws IOException {
        return load(corpus, index, new Indexer.Listener() {});
    }

    private void put(Report r) {
        if (reports.putIfAbsent(r.id(), r) == null) byFile.put(Path.of(r.source()).toAbsolutePath().normalize(), r);
    }

    /** Every report checked against the corpus they make together, on every processor. */
    private Map<String, List<Finding>> checkAll(List<Report> all) {
        Corpus c = new Corpus(all);
        return all.parallelStream().collect(Collectors.toConcurrentMap(Report::id, r -> checker.check(r, c, figures(r))));
    }

    /** Indexes the given files or folders, reusing the reports already read, then reopens the searcher. */
    private void reindex(List<Path> inputs, Indexer.Listener progress) throws IOException {
        Indexer indexer = new Indexer(index)
                .reportSource((file, bytes) -> {
                    Report r = reportAt(file);
                    return r != null ? r : ReportLoader.load(file, bytes);
                })
                .findings(r -> Findings.of(findings(r.id())))
                // the reports and their findings are in memory: an unchanged file costs a lookup, and one whose
                // cross-report findings changed (a copy uploaded, another year added) gets its counts re-indexed
                .recountUnchanged(true);
        indexer.run(inputs, progress);
        ReportSearcher old = searcher;
        searcher = ReportSearcher.open(index);
        if (old != null) old.close();
    }

    private synchronized Report reportAt(Path file) { return byFile.get(file.toAbsolutePath().normalize()); }

    public synchronized List<Report> all() { return List.copyOf(reports.values()); }

    public synchronized Optional<Report> get(String id) { return Optional.ofNullable(reports.get(id)); }

    public synchronized List<Finding> findings(String id) { return findings.getOrDefault(id, List.of()); }

    /** The figures the report's narrative states (computed once per report). */
    public List<Figure> figures(Report r) { return figures.computeIfAbsent(r.id(), k -> FigureExtractor.figures(r)); }

    public synchronized List<ReportLoader.Failure> failures() { return List.copyOf(failures); }

    public ReportSearcher searcher() { return searcher; }

    /** Changes whenever a report is added, so analyses cached over the corpus know to start again. */
    public synchronized long version() { return version; }

    public Path corpus() { return corpus; }

    /**
     * Reads an uploaded file; keeps it only when it parses as a report, then checks and indexes it.
     *
     * @throws ReadException with a message for the user when the file is refused or unreadable
     */
    public Report add(String originalName, byte[] bytes) throws ReadException, IOException {
        String ext = extension(originalName);
        if (!UPLOAD_TYPES.contains(ext)) {
            throw new ReadException("不支持的文件类型“." + ext + "”，只接受 txt、html、docx、doc、pdf (unsupported file type)");
        }
        if (bytes.length == 0) throw new ReadException("文件为空 (empty file)");
        if (bytes.length > MAX_UPLOAD_BYTES) throw new ReadException("文件超过 20 MB (file larger than 20 MB)");
        // one upload at a time (one index writer); readers of the library are not held up while it is checked
        synchronized (uploads) {
            Path dir = corpus.resolve("uploads");
            Files.createDirectories(dir);
            Path file = dir.resolve(sha(bytes) + "." + ext);
            boolean existed = Files.exists(file);
            if (!existed) Files.write(file, bytes);
            Report r;
            try {
                r = ReportLoader.load(file);
            } catch (ReadException | RuntimeException e) {
                if (!existed) Files.deleteIfExists(file);
                if (e instanceof ReadException re) throw re;
                throw new ReadException("内部错误 (internal error): " + e);
            }
            if (get(r.id()).isPresent()) return get(r.id()).get();
            List<Report> withIt = new ArrayList<>(all());
            withIt.add(r);
            // cross-report rules may change for the agency's other years and for copies: check them all again
            Map<String, List<Finding>> fresh = checkAll(withIt);
            synchronized (this) {
                put(r);
                findings.putAll(fresh);
                version++;
            }
            // the whole corpus, as at start-up: the indexer adds the new file and re-indexes the reports whose
            // counts it changed (recountUnchanged), the others cost a hash and a lookup
            reindex(List.of(corpus), new Indexer.Listener() {});
            return r;
        }
    }

    static String extension(String name) {
        if (name == null) return "";
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String sha(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (searcher != null) searcher.close();
    }
}

package nianbao.serve;

import nianbao.model.Report;
import nianbao.parse.ReportLoader;
import nianbao.read.ReadException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reports the server shows: those read from the corpus folder at start, plus uploads. Uploads are saved under
 * {@code <corpus>/uploads/} by content hash, so the next index run includes them; no name the user sends reaches
 * the file system.
 */
public final class Library {
    /** File types an upload may have, by extension. */
    public static final Set<String> UPLOAD_TYPES = Set.of("txt", "html", "htm", "docx", "doc", "pdf");
    public static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

    private final Path corpus;
    private final Map<String, Report> reports = new LinkedHashMap<>();
    private final List<ReportLoader.Failure> failures = new ArrayList<>();

    private Library(Path corpus) { this.corpus = corpus; }

    public static Library load(Path corpus) throws IOException {
        Library lib = new Library(corpus);
        ReportLoader.Result result = ReportLoader.loadAll(List.of(corpus));
        for (Report r : result.reports()) lib.reports.putIfAbsent(r.id(), r);
        lib.failures.addAll(result.failures());
        return lib;
    }

    public synchronized List<Report> all() { return List.copyOf(reports.values()); }

    public synchronized Optional<Report> get(String id) { return Optional.ofNullable(reports.get(id)); }

    public synchronized List<ReportLoader.Failure> failures() { return List.copyOf(failures); }

    public Path corpus() { return corpus; }

    /**
     * Reads an uploaded file; keeps it only when it parses as a report.
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
        Path dir = corpus.resolve("uploads");
        Files.createDirectories(dir);
        Path file = dir.resolve(sha(bytes) + "." + ext);
        boolean existed = Files.exists(file);
        if (!existed) Files.write(file, bytes);
        try {
            Report r = ReportLoader.load(file);
            synchronized (this) {
                reports.putIfAbsent(r.id(), r);
                return reports.get(r.id());
            }
        } catch (ReadException | RuntimeException e) {
            if (!existed) Files.deleteIfExists(file);
            if (e instanceof ReadException re) throw re;
            throw new ReadException("内部错误 (internal error): " + e);
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
}

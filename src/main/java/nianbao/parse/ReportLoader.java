package nianbao.parse;

import nianbao.model.Report;
import nianbao.read.ReadException;
import nianbao.read.Readers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads and parses report files: the front of the pipeline that every command uses. */
public final class ReportLoader {
    private ReportLoader() {}

    /** A file that could not be read, with a one-line message for the user. */
    public record Failure(Path file, String message) {
        @Override
        public String toString() { return file + ": " + message; }
    }

    /** What a run over files and folders produced: the reports read, in order, and the files that failed. */
    public record Result(List<Report> reports, List<Failure> failures) {}

    /** Callback per file, for progress and streaming output. */
    public interface Listener {
        default void loaded(Path file, Report report) {}

        default void failed(Failure failure) {}
    }

    public static Report load(Path file) throws ReadException {
        return ReportParser.parse(Readers.read(file));
    }

    /** A report from a file's bytes, already read by the caller. */
    public static Report load(Path file, byte[] bytes) throws ReadException {
        return ReportParser.parse(Readers.read(file, bytes));
    }

    /** Expands folders (recursively, sorted) into the report files they hold; files are kept as given. */
    public static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(Readers::isCandidate).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** Loads every file; a file that fails is reported and the others go on. */
    public static Result loadAll(List<Path> inputs, Listener listener) throws IOException {
        List<Report> reports = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (Path f : expand(inputs)) {
            Outcome o = loadOne(f);
            if (o.report() != null) {
                reports.add(o.report());
                listener.loaded(f, o.report());
            } else {
                failures.add(o.failure());
                listener.failed(o.failure());
            }
        }
        return new Result(reports, failures);
    }

    /** Like {@link #loadAll(List)}, on every processor; the reports and failures keep the files' order. */
    public static Result loadAllInParallel(List<Path> inputs) throws IOException {
        List<Outcome> outcomes = expand(inputs).parallelStream().map(ReportLoader::loadOne).toList();
        List<Report> reports = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.report() != null) reports.add(o.report());
            else failures.add(o.failure());
        }
        return new Result(reports, failures);
    }

    private record Outcome(Report report, Failure failure) {}

    private static Outcome loadOne(Path f) {
        try {
            return new Outcome(load(f), null);
        } catch (ReadException | RuntimeException e) {
            return new Outcome(null, failure(f, e));
        }
    }

    /**
     * The one line for a file that could not be read. A reader or parser bug (a runtime exception) must not stop a
     * batch either: it is named, without a stack trace, and the other files go on.
     */
    public static Failure failure(Path f, Exception e) {
        return new Failure(f, e instanceof ReadException ? e.getMessage() : "内部错误 (internal error): " + e);
    }

    public static Result loadAll(List<Path> inputs) throws IOException {
        return loadAll(inputs, new Listener() {});
    }
}

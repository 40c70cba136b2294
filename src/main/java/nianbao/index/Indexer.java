package nianbao.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

import nianbao.model.Report;
import nianbao.parse.ReportLoader;
import nianbao.read.ReadException;

/**
 * The one way reports get into the index. A run is incremental: a file whose bytes are unchanged since the last run
 * is skipped, a changed file's documents are replaced, and the documents of files that are gone from the folders
 * indexed are removed. A run makes exactly one commit, at its end: a run killed midway leaves the previous commit,
 * and so the previous index, whole.
 */
public final class Indexer {
    /**
     * Parses one file from the bytes the indexer read (to hash them); {@link ReportLoader#load(Path, byte[])} unless
     * a test or the server says otherwise.
     */
    public interface ReportSource {
        Report load(Path file, byte[] bytes) throws ReadException;
    }

    /** The checker's finding counts for a report; null means no checker ran. */
    public interface FindingCounter {
        Findings count(Report report);
    }

    /** Progress callbacks, called from worker threads. */
    public interface Listener {
        default void started(int files) {}

        default void fileDone(Path file) {}
    }

    /** A file that could not be indexed, with a one-line reason. */
    public record Failure(Path file, String message) {
        @Override
        public String toString() { return file + ": " + message; }
    }

    /**
     * What a run did. {@code bytes} counts the files read and indexed (not the unchanged ones); {@code rebuilt} says
     * the index held another version's layout and was built afresh (its files that are gone count as removed).
     */
    public record Summary(int added, int replaced, int unchanged, int removed, List<Failure> failures, long bytes,
                          boolean rebuilt) {
        public Summary(int added, int replaced, int unchanged, int removed, List<Failure> failures, long bytes) {
            this(added, replaced, unchanged, removed, failures, bytes, false);
        }

        Summary asRebuild(int gone) {
            return new Summary(added, replaced, unchanged, removed + gone, failures, bytes, true);
        }
    }

    private final Path indexDir;
    private ReportSource source = ReportLoader::load;
    private FindingCounter findings;
    private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private double ramBufferMb = 128;
    private boolean recountUnchanged;

    public Indexer(Path indexDir) {
        this.indexDir = indexDir;
    }

    public Indexer reportSource(ReportSource s) { this.source = s; return this; }

    public Indexer findings(FindingCounter f) { this.findings = f; return this; }

    public Indexer threads(int n) { this.threads = Math.max(1, n); return this; }

    public Indexer ramBufferMb(double mb) { this.ramBufferMb = mb; return this; }

    /**
     * Also re-indexes files whose bytes are unchanged when their finding counts differ from those in the index:
     * counts from cross-report rules (copied text, the agency's other years) change when other reports do. Each
     * unchanged file is then loaded and counted, which is cheap where the reports and their findings are already in
     * memory (the web library) and a full parse otherwise.
     */
    public Indexer recountUnchanged(boolean on) { this.recountUnchanged = on; return this; }

    /** Indexes the report files in these files and folders. */
    public Summary run(List<Path> inputs, Listener listener) throws IOException {
        HanLPData.ensureReady();
        for (Path p : inputs) if (Files.isDirectory(p)) HanLPData.loadUserDictionary(p);
        List<Path> files = new ArrayList<>();
        for (Path f : ReportLoader.expand(inputs)) files.add(f.toAbsolutePath().normalize());
        List<Path> roots = inputs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        Files.createDirectories(indexDir);
        try (Directory dir = new SyncAheadDirectory(FSDirectory.open(indexDir))) {
            boolean exists = DirectoryReader.indexExists(dir);
            Map<String, String> committed = exists ? SegmentInfos.readLatestCommit(dir).getUserData() : Map.of();
            // An index of another layout is built afresh from its files and this run's: updating it would mix layouts.
            boolean rebuild = exists && !IndexSchema.isCurrent(committed);
            Map<String, Indexed> indexed = exists && !rebuild ? indexed(dir) : Map.of();
            int dropped = 0;
            if (rebuild) dropped = addStillPresent(earlierSources(dir), files);
            // Words segmented with other dictionaries are stale even where the bytes are not: index everything again.
            String dictionaries = HanLPData.dictionariesKey();
            boolean wordsCurrent = dictionaries.equals(committed.get(DICTIONARIES_KEY));
            IndexWriterConfig cfg = new IndexWriterConfig(new NianbaoAnalyzer())
                    // CREATE still leaves the last commit readable until this run commits
                    .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(ramBufferMb)
                    // Segments as plain files: packing each flushed segment into a compound file copies it again.
                    .setUseCompoundFile(false)
                    .setCommitOnClose(false);
            IndexWriter writer = new IndexWriter(dir, cfg);
            try {
                Summary s = indexFiles(writer, files, roots, indexed, wordsCurrent, listener);
                if (rebuild) s = s.asRebuild(dropped);
                // set only when it changes: new commit data alone would make a commit of a run that changed nothing
                if (!wordsCurrent || rebuild) {
                    writer.setLiveCommitData(Map.of(DICTIONARIES_KEY, dictionaries, IndexSchema.KEY, IndexSchema.VERSION)
                            .entrySet());
                }
                writer.commit();
                writer.close();
                keepUserDictionary(inputs);
                return s;
            } catch (IOException | RuntimeException e) {
                // Leave the last commit as it was.
                writer.rollback();
                throw e;
            }
        }
    }

    private Summary indexFiles(IndexWriter writer, List<Path> files, List<Path> roots, Map<String, Indexed> indexed,
                               boolean wordsCurrent, Listener listener) throws IOException {
        listener.started(files.size());
        Run run = new Run(writer, files, indexed, wordsCurrent, listener);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(pool.submit(() -> {
                    run.work();
                    return null;
                }));
            }
            for (Future<?> w : work) w.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("索引被中断 (indexing interrupted)", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) throw io;
            if (c instanceof RuntimeException re) throw re;
            throw new IOException(c);
        } finally {
            pool.shutdownNow();
        }
        int removed = removeVanished(writer, files, roots, indexed.keySet());
        List<Failure> failures = new ArrayList<>(run.failures);
        failures.sort((a, b) -> a.file().compareTo(b.file()));
        return new Summary(run.added.get(), run.replaced.get(), run.unchanged.get(), removed, List.copyOf(failures),
                run.bytes.sum());
    }

    /**
     * One run's shared state. Each worker thread takes batches of {@value #BATCH} files until none are left; a batch
     * is a method call of its own, so the JIT compiles the stages as ordinary methods instead of recompiling the
     * whole worker loop on the stack (0.8 s of C2 time during a timed 34,000-file run when it was one loop).
     */
    private final class Run {
        final IndexWriter writer;
        final List<Path> files;
        final Map<String, Indexed> indexed;
        /** False when the index's words came from other dictionaries: unchanged bytes are then not enough. */
        final boolean wordsCurrent;
        final Listener listener;
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger added = new AtomicInteger();
        final AtomicInteger replaced = new AtomicInteger();
        final AtomicInteger unchanged = new AtomicInteger();
        final LongAdder bytes = new LongAdder();
        final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
        /**
         * Buffers grown over most of the run would be flushed at its end, each by one thread, the largest last and
         * alone while the other threads wait (0.7 s against 0.25 s on the 34,000-report benchmark). Each thread flushes
         * one buffer when the last eighth of the files is handed out instead, while the others still index; the
         * buffers left for the end hold an eighth of the run between them.
         */
        final int earlyFlushAt;

        Run(IndexWriter writer, List<Path> files, Map<String, Indexed> indexed, boolean wordsCurrent,
            Listener listener) {
            this.writer = writer;
            this.files = files;
            this.indexed = indexed;
            this.wordsCurrent = wordsCurrent;
            this.listener = listener;
            this.earlyFlushAt = threads > 1 ? files.size() - files.size() / 8 : Integer.MAX_VALUE;
        }

        void work() throws IOException {
            Segmenter segmenter = new Segmenter();
            boolean flushedEarly = false;
            for (int from = next.getAndAdd(BATCH); from < files.size(); from = next.getAndAdd(BATCH)) {
                indexBatch(files.subList(from, Math.min(files.size(), from + BATCH)), segmenter);
                if (!flushedEarly && from + BATCH >= earlyFlushAt) {
                    writer.flushNextBuffer();
                    flushedEarly = true;
                }
            }
            // Flush this thread's buffer here, in parallel, rather than all buffers in the committing thread.
            writer.flushNextBuffer();
        }

        /** Each stage over the whole batch before the next (see {@link Pending}). */
        private void indexBatch(List<Path> slice, Segmenter segmenter) throws IOException {
            List<Pending> batch = new ArrayList<>(slice.size());
            for (Path f : slice) {
                Pending p = load(f, indexed.get(f.toString()), wordsCurrent, failures);
                if (p == null) unchanged.incrementAndGet();
                else batch.add(p);
            }
            if (findings != null) {
                for (Pending p : batch) if (p.report != null && p.findings == null) p.findings = findings.count(p.report);
            }
            for (Pending p : batch) {
                if (p.report != null) p.docs = ReportDocuments.build(p.report, p.key(), p.hash, p.findings, segmenter);
            }
            for (Pending p : batch) add(p);
            for (Path f : slice) listener.fileDone(f);
        }

        private void add(Pending p) throws IOException {
            Term key = new Term(IndexFields.SOURCE, p.key());
            if (p.docs != null) {
                // A file new to the index has no documents to replace: adding skips a buffered delete per file,
                // which every flush would otherwise look up.
                if (p.old == null) writer.addDocuments(p.docs);
                else writer.updateDocuments(key, p.docs);
                bytes.add(p.bytes);
                (p.old == null ? added : replaced).incrementAndGet();
            } else if (p.old != null && p.hash != null) {
                // It was read but no longer loads: its old documents would be stale.
                writer.deleteDocuments(key);
            }
        }
    }

    /**
     * A changed or new file on its way into the index: its report (null when it failed to load), then its finding
     * counts and documents. Each stage runs over a whole batch before the next starts, so HanLP's dictionaries,
     * the checker and Lucene's buffers each stay in the CPU caches for a batch rather than evicting each other
     * every report (measured on one thread, 3,000 reports: 7.3 s → 5.8 s).
     */
    private static final class Pending {
        final Path file;
        /** Null when the file could not be read at all (its documents, if any, are left as they are). */
        final String hash;
        final String old;
        final long bytes;
        final Report report;
        Findings findings;
        List<Document> docs;

        Pending(Path file, String hash, String old, long bytes, Report report) {
            this.file = file;
            this.hash = hash;
            this.old = old;
            this.bytes = bytes;
            this.report = report;
        }

        String key() { return file.toString(); }
    }

    /** Reports per batch of a worker thread. */
    private static final int BATCH = 64;

    /**
     * Reads, hashes and loads a file; null when its bytes are unchanged since the last run (and, when recounting,
     * its finding counts too).
     */
    private Pending load(Path f, Indexed indexed, boolean wordsCurrent, List<Failure> failures) {
        String old = indexed == null ? null : indexed.hash();
        byte[] content;
        try {
            content = Files.readAllBytes(f);
        } catch (IOException e) {
            failures.add(new Failure(f, "无法读取文件 (cannot read file): " + e.getMessage()));
            return new Pending(f, null, old, 0, null);
        }
        String hash = sha256(content);
        // the same bytes segmented with the same words: nothing to do unless the counts are to be checked too
        boolean current = wordsCurrent && hash.equals(old);
        if (current && !(recountUnchanged && findings != null)) return null;
        Report r = null;
        try {
            r = source.load(f, content);
        } catch (ReadException e) {
            failures.add(new Failure(f, e.getMessage()));
        } catch (RuntimeException e) {
            // A reader or parser bug must not stop the run; name the file and go on.
            failures.add(new Failure(f, "内部错误 (internal error): " + e));
        }
        Pending p = new Pending(f, hash, old, content.length, r);
        if (current && r != null) {
            p.findings = findings.count(r);
            if (p.findings.key().equals(indexed.findingsKey())) return null;
        }
        return p;
    }

    /** Removes the documents of files under the folders indexed (or named) that are no longer among the files. */
    private static int removeVanished(IndexWriter writer, List<Path> files, List<Path> roots, Set<String> indexed)
            throws IOException {
        Set<String> present = new HashSet<>();
        for (Path f : files) present.add(f.toString());
        int removed = 0;
        for (String src : indexed) {
            if (present.contains(src)) continue;
            Path p = Path.of(src);
            if (roots.stream().anyMatch(p::startsWith)) {
                writer.deleteDocuments(new Term(IndexFields.SOURCE, src));
                removed++;
            }
        }
        return removed;
    }

    /**
     * The source paths an index of another layout holds, as far as it can be read (its stored source field, where it
     * has one): nothing it holds is lost to a rebuild while its file is still there.
     */
    private static Set<String> earlierSources(Directory dir) {
        Set<String> out = new TreeSet<>();
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            StoredFields stored = reader.storedFields();
            Set<String> wanted = Set.of(IndexFields.SOURCE);
            Bits live = MultiBits.getLiveDocs(reader);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live != null && !live.get(doc)) continue;
                String src = stored.document(doc, wanted).get(IndexFields.SOURCE);
                if (src != null) out.add(src);
            }
        } catch (IOException | RuntimeException e) {
            // An index this version cannot read at all has nothing to recover: the run's own files rebuild it.
        }
        return out;
    }

    /** Adds to {@code files} the earlier sources that are still files and not among them; returns how many are gone. */
    private static int addStillPresent(Set<String> earlier, List<Path> files) {
        Set<String> listed = new HashSet<>();
        for (Path f : files) listed.add(f.toString());
        int gone = 0;
        for (String src : earlier) {
            if (listed.contains(src)) continue;
            Path p = asPath(src);
            if (p != null && Files.isRegularFile(p)) files.add(p);
            else gone++;
        }
        return gone;
    }

    private static Path asPath(String s) {
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** Commit data: {@link HanLPData#dictionariesKey} of the dictionaries the index's words were segmented with. */
    static final String DICTIONARIES_KEY = "dictionaries";

    /** What the index holds for a file: its content hash and the key of its finding counts (null if none). */
    record Indexed(String hash, String findingsKey) {}

    /** Source path → what an existing index holds for every file in it (from its report document). */
    private static Map<String, Indexed> indexed(Directory dir) throws IOException {
        Map<String, Indexed> out = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher s = new IndexSearcher(reader);
            TopDocs all = s.search(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_REPORT)),
                    Math.max(1, reader.maxDoc()));
            StoredFields stored = reader.storedFields();
            Set<String> wanted = Set.of(IndexFields.SOURCE, IndexFields.HASH, IndexFields.FINDINGS_KEY);
            for (ScoreDoc sd : all.scoreDocs) {
                Document d = stored.document(sd.doc, wanted);
                out.put(d.get(IndexFields.SOURCE), new Indexed(d.get(IndexFields.HASH), d.get(IndexFields.FINDINGS_KEY)));
            }
        }
        return out;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Searches must segment queries with the words the index was built with: keep the user dictionary beside it. */
    private void keepUserDictionary(List<Path> inputs) throws IOException {
        for (Path p : inputs) {
            Path dict = p.resolve(HanLPData.USER_DICTIONARY);
            if (Files.isDirectory(p) && Files.isRegularFile(dict)) {
                Files.copy(dict, indexDir.resolve(HanLPData.USER_DICTIONARY), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}

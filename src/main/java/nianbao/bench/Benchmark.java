package nianbao.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import nianbao.index.IndexFields;
import nianbao.index.Indexer;
import nianbao.index.Segmenter;
import nianbao.index.TextNormalizer;
import nianbao.model.Report;
import nianbao.model.SectionKey;
import nianbao.parse.ReportLoader;
import nianbao.search.ReportSearcher;
import nianbao.search.SearchRequest;
import nianbao.search.SearchResult;

/**
 * Measures the search pipeline on a synthetic corpus ({@link SyntheticCorpus}) written as text files. Each phase
 * runs over the whole corpus in warm-up passes, until a pass spends under {@value #WARM_JIT_SHARE} of its time in the
 * JIT compilers (at most {@value #MAX_WARMUPS} passes), then in a timed pass; the figures are the timed pass's:
 * <ul>
 *   <li>{@code segment_mb_s}: HanLP segmentation alone (read each file, normalise, segment its whole text), in MB of
 *       files per second, with as many threads as ingest uses; timed before the first ingest and after each one
 *       ({@code segment_before_mb_s}, {@code segment_after_mb_s}: the first and the last pass), the figure being all
 *       passes together;</li>
 *   <li>{@code parse_mb_s} (extra): reading and parsing alone, the same way, to show the parser's share;</li>
 *   <li>{@code ingest_mb_s}: the full ingest by {@link Indexer} (read + parse + check when a checker is given +
 *       index + commit), in MB of files per second, over all rounds ({@code rounds}, default 1);
 *       {@code ingest_vs_segment_rounds} (extra): each round's ingest against the segmentation passes either side of
 *       it, and {@code ingest_vs_segment_median} their median;</li>
 *   <li>{@code index_bytes}, {@code sections} (narrative-section documents in the index), {@code ingested} (reports
 *       the timed ingest indexed: all of them, into a fresh index even where the work folder holds one);</li>
 *   <li>search latency p50/p99 in ms over a mixed query set (words, substrings, phrases, OR, exclusions, filters;
 *       each search counts all hits, facets and makes 10 snippets), by 1 client and by 8 concurrent clients;</li>
 *   <li>{@code *_mb_cpu_s} (extra): the same three phases in MB per CPU-second of the whole process, which do
 *       not depend on how busy the machine is;</li>
 *   <li>{@code heap_mb}: the highest used heap seen (sampled every 20 ms) over the run;</li>
 *   <li>{@code segment_first_mb_s}, {@code ingest_first_mb_s} (extra): the first warm-up pass of segmentation and
 *       ingest, JIT compilation included;</li>
 *   <li>{@code p50_ms_report}, {@code p99_ms_report} (extra): the same query set over whole reports, 1 client;</li>
 *   <li>{@code segment_warmups}, {@code ingest_warmups} (extra): the warm-up passes each took;
 *       {@code segment_jit_s}, {@code ingest_jit_s} (extra): seconds the JIT compilers spent during a timed pass
 *       (segmentation: the mean of its two).</li>
 * </ul>
 */
public final class Benchmark {
    /** What was measured; {@link #asMap()} gives the JSON keys. */
    public record Figures(int reports, long bytes, int threads, long sections, double segmentMbS,
                          double segmentBeforeMbS, double segmentAfterMbS, double parseMbS,
                          double ingestMbS, double segmentMbCpuS, double parseMbCpuS, double ingestMbCpuS,
                          int ingested, double segmentFirstMbS, double ingestFirstMbS,
                          long indexBytes, int queries, double p50ms1, double p99ms1, double p50ms8, double p99ms8, long heapMb,
                          boolean checked, double segmentJitS, double ingestJitS, int segmentWarmups, int ingestWarmups,
                          double p50msReport, double p99msReport, double[] roundRatios) {
        /** Wall seconds of one timed ingest (the mean over rounds). */
        public double ingestSeconds() { return bytes / 1e6 / ingestMbS; }

        /** Ingest throughput as a share of segmentation's: the goal figure (at least 0.6). */
        public double ingestVsSegment() { return ingestMbS / segmentMbS; }

        /** The median over rounds of each ingest against the segmentation passes either side of it. */
        public double ingestVsSegmentMedian() {
            double[] v = roundRatios.clone();
            Arrays.sort(v);
            return (v[(v.length - 1) / 2] + v[v.length / 2]) / 2;
        }

        public Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("segment_mb_s", round(segmentMbS));
            m.put("ingest_mb_s", round(ingestMbS));
            m.put("index_bytes", indexBytes);
            m.put("p50_ms_1", round(p50ms1));
            m.put("p99_ms_1", round(p99ms1));
            m.put("p50_ms_8", round(p50ms8));
            m.put("p99_ms_8", round(p99ms8));
            m.put("heap_mb", heapMb);
            m.put("sections", sections);
            m.put("segment_before_mb_s", round(segmentBeforeMbS));
            m.put("segment_after_mb_s", round(segmentAfterMbS));
            m.put("parse_mb_s", round(parseMbS));
            m.put("segment_mb_cpu_s", round(segmentMbCpuS));
            m.put("parse_mb_cpu_s", round(parseMbCpuS));
            m.put("ingest_mb_cpu_s", round(ingestMbCpuS));
            m.put("reports", reports);
            m.put("corpus_bytes", bytes);
            m.put("threads", threads);
            m.put("ingest_seconds", round(ingestSeconds()));
            m.put("ingested", ingested);
            // the warm-up pass: JIT compilation and first use of everything included
            m.put("segment_first_mb_s", round(segmentFirstMbS));
            m.put("ingest_first_mb_s", round(ingestFirstMbS));
            m.put("ingest_vs_segment", round(ingestVsSegment()));
            m.put("ingest_vs_segment_cpu", round(ingestMbCpuS / segmentMbCpuS));
            // JIT compile time within the timed passes (all compiler threads), and the warm-up passes before them
            m.put("segment_jit_s", round(segmentJitS));
            m.put("ingest_jit_s", round(ingestJitS));
            m.put("segment_warmups", segmentWarmups);
            m.put("ingest_warmups", ingestWarmups);
            // the same query set over whole reports (section "report"), 1 client
            m.put("p50_ms_report", round(p50msReport));
            m.put("p99_ms_report", round(p99msReport));
            m.put("rounds", roundRatios.length);
            m.put("ingest_vs_segment_rounds", Arrays.stream(roundRatios).map(Benchmark::round).boxed().toList());
            m.put("ingest_vs_segment_median", round(ingestVsSegmentMedian()));
            m.put("queries", queries);
            m.put("checked", checked);
            return m;
        }
    }

    /** Progress messages for the user. */
    public interface Progress {
        void step(String message);
    }

    private final SyntheticCorpus corpus;
    private final int threads;
    private final Indexer.FindingCounter checker;
    private int rounds = 1;

    /**
     * @param checker the checker's finding counts, or null to ingest without checking
     */
    public Benchmark(SyntheticCorpus corpus, int threads, Indexer.FindingCounter checker) {
        this.corpus = corpus;
        this.threads = threads;
        this.checker = checker;
    }

    /** Timed rounds of (ingest, segmentation); more rounds make the ratio's median steadier on a busy machine. */
    public Benchmark rounds(int n) {
        this.rounds = Math.max(1, n);
        return this;
    }

    public Figures run(int reports, Path workDir, Progress progress) throws Exception {
        HeapSampler heap = new HeapSampler();
        heap.start();
        try {
            return measure(reports, workDir, progress, heap);
        } finally {
            heap.interrupt();
        }
    }

    private Figures measure(int reports, Path workDir, Progress progress, HeapSampler heap) throws Exception {
        Path files = workDir.resolve("corpus");
        Path index = workDir.resolve("index");
        progress.step("生成合成语料 (generating the synthetic corpus): " + reports + " 份报告 (reports)");
        List<Path> written = corpus.writeTexts(files, reports);
        long bytes = 0;
        for (Path f : written) bytes += Files.size(f);

        // Every phase first runs over the whole corpus in JMH-style warm-up passes. Warm-up rounds on the first 1,000
        // files left the C2 compiler still compiling during the timed ingest (6–8 s of compile time in a 35 s ingest
        // on 2 cores), and Lucene's flush of large buffers only runs on a corpus of the measured size. One whole pass
        // still left C2 compiling the flush code (it runs at a handful of flushes per pass) for 4.8 % of the timed
        // ingest, against 0.4 % of segmentation: each phase warms up until a pass compiles for under 2 % of its time.
        // The first pass is reported too (*_first_*).
        progress.step("预热：各阶段整遍运行，直到编译基本停止 (warm-up: whole passes of each phase until the JIT settles)");
        Warmup segWarm = warmUp(() -> segmentAll(written));
        warmUp(() -> parseAll(written));
        Path warm = workDir.resolve("warmup-index");
        int[] ingested = new int[1];
        Warmup ingestWarm = warmUp(() -> freshIngest(warm, files, ingested));
        deleteTree(warm);
        double segFirst = segWarm.firstSeconds();
        double ingestFirst = ingestWarm.firstSeconds();

        // Timed: segmentation, read + parse, then rounds of (full ingest, segmentation). Each ingest sits between two
        // segmentation passes, so a machine that speeds up or slows down over a round moves both figures alike
        // instead of skewing their ratio; with several rounds the median ratio is reported too.
        progress.step("仅分词 (segmentation alone)");
        List<Timed> segs = new ArrayList<>();
        segs.add(timed(() -> segmentAll(written)));

        progress.step("仅读取与解析 (read and parse alone)");
        Timed parse = timed(() -> parseAll(written));

        List<Timed> ingests = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            progress.step("完整导入 (full ingest)" + (rounds > 1 ? " " + (r + 1) + "/" + rounds : ""));
            ingests.add(timed(() -> freshIngest(index, files, ingested)));
            progress.step("再次仅分词 (segmentation alone, again)");
            segs.add(timed(() -> segmentAll(written)));
        }
        long indexBytes = treeSize(index);
        double[] ratios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            ratios[r] = (segs.get(r).seconds() + segs.get(r + 1).seconds()) / (2 * ingests.get(r).seconds());
        }

        progress.step("检索延迟 (search latency)");
        List<SearchRequest> queries = queries(new Random(7), 200);
        double[] one;
        double[] eight;
        double[] whole;
        long sections;
        try (ReportSearcher searcher = ReportSearcher.open(index)) {
            sections = searcher.sectionCount();
            latencies(searcher, queries, 1); // warm-up
            one = latencies(searcher, queries, 1);
            eight = latencies(searcher, queries, 8);
            List<SearchRequest> reportScope = queries.stream().map(q -> new SearchRequest(q.query(), q.year(),
                    q.region(), q.level(), IndexFields.KIND_REPORT, q.limit())).toList();
            latencies(searcher, reportScope, 1); // warm-up
            whole = latencies(searcher, reportScope, 1);
        }
        long heapMb = heap.peak() / (1024 * 1024);
        double mb = bytes / 1e6;
        Timed seg = Timed.sum(segs);
        Timed ing = Timed.sum(ingests);
        return new Figures(reports, bytes, threads, sections, segs.size() * mb / seg.seconds(),
                mb / segs.get(0).seconds(), mb / segs.get(segs.size() - 1).seconds(), mb / parse.seconds(),
                rounds * mb / ing.seconds(), segs.size() * mb / seg.cpuSeconds(), mb / parse.cpuSeconds(),
                rounds * mb / ing.cpuSeconds(), ingested[0], mb / segFirst, mb / ingestFirst,
                indexBytes, queries.size(), percentile(one, 50), percentile(one, 99), percentile(eight, 50),
                percentile(eight, 99), heapMb, checker != null, seg.jitSeconds() / segs.size(), ing.jitSeconds() / rounds,
                segWarm.passes(), ingestWarm.passes(), percentile(whole, 50), percentile(whole, 99), ratios);
    }

    /** A pass spending more than this share of its wall time in the JIT compilers is not yet warm. */
    static final double WARM_JIT_SHARE = 0.02;

    /** Warm-up passes of a phase at most. */
    static final int MAX_WARMUPS = 3;

    private interface Pass {
        double run() throws Exception;
    }

    /** A timed pass: wall, whole-process CPU and JIT seconds. */
    private record Timed(double seconds, double cpuSeconds, double jitSeconds) {
        static Timed sum(List<Timed> all) {
            double w = 0, c = 0, j = 0;
            for (Timed t : all) {
                w += t.seconds;
                c += t.cpuSeconds;
                j += t.jitSeconds;
            }
            return new Timed(w, c, j);
        }
    }

    /** Runs a pass, with the CPU and JIT time it took. */
    private static Timed timed(Pass pass) throws Exception {
        long c0 = cpuNanos();
        long j0 = jitMillis();
        double seconds = pass.run();
        return new Timed(seconds, (cpuNanos() - c0) / 1e9, (jitMillis() - j0) / 1000.0);
    }

    /** How a phase warmed up: its passes and the first one's wall time. */
    private record Warmup(int passes, double firstSeconds) {}

    /** Runs whole passes until one compiles for under {@link #WARM_JIT_SHARE} of its time, or {@link #MAX_WARMUPS}. */
    private static Warmup warmUp(Pass pass) throws Exception {
        double first = 0;
        for (int n = 1; ; n++) {
            Timed t = timed(pass);
            if (n == 1) first = t.seconds();
            if (t.jitSeconds() / t.seconds() < WARM_JIT_SHARE || n == MAX_WARMUPS) return new Warmup(n, first);
        }
    }

    /** Milliseconds all JIT compiler threads have spent so far (0 where the JVM does not say). */
    private static long jitMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /**
     * A timed full ingest into an empty index (an index left in the folder would make it an incremental run of
     * unchanged files): its wall seconds; the reports it indexed go to {@code ingested[0]}.
     */
    private double freshIngest(Path index, Path files, int[] ingested) throws IOException {
        deleteTree(index);
        long start = System.nanoTime();
        ingested[0] = ingest(index, files);
        return (System.nanoTime() - start) / 1e9;
    }

    /** The full ingest of {@code nianbao index}, with the indexer's own settings; the reports it indexed. */
    private int ingest(Path index, Path files) throws IOException {
        Indexer.Summary s = new Indexer(index).threads(threads).findings(checker)
                .run(List.of(files), new Indexer.Listener() {});
        if (!s.failures().isEmpty()) {
            throw new IllegalStateException("导入失败 (ingest failures): " + s.failures().size() + ", e.g. " + s.failures().get(0));
        }
        return s.added() + s.replaced();
    }

    /**
     * CPU time of the whole process (all threads, GC and JIT included): on a shared machine, MB per CPU-second
     * compares the phases fairly where wall time depends on what else is running.
     */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Read and parse every file, as ingest does, without indexing: the parser's share of ingest. */
    private double parseAll(List<Path> files) throws Exception {
        return timeEach(files, f -> ReportLoader.load(f).sections().size());
    }

    private double segmentAll(List<Path> files) throws Exception {
        ThreadLocal<Segmenter> seg = ThreadLocal.withInitial(Segmenter::new);
        return timeEach(files, f -> seg.get().words(TextNormalizer.normalize(Files.readString(f, StandardCharsets.UTF_8))).size());
    }

    private interface FileTask {
        int run(Path file) throws Exception;
    }

    /** Wall time to run a task on every file with the benchmark's threads. */
    private double timeEach(List<Path> files, FileTask task) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        try {
            List<Future<Long>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(pool.submit(() -> {
                    long n = 0;
                    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                        n += task.run(files.get(i));
                    }
                    return n;
                }));
            }
            for (Future<Long> f : work) f.get();
        } finally {
            pool.shutdown();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** A mixed query set drawn from the corpus: words, substrings, phrases, OR, exclusions, with and without filters. */
    List<SearchRequest> queries(Random rnd, int n) {
        List<String> words = List.of("政务新媒体", "依申请公开", "信息处理费", "政府网站", "政策解读", "回应关切",
                "监督", "培训", "公开", "考核", "门户网站", "微信公众号", "标准化", "规范化", "疫情防控");
        List<String> sections = List.of("overview", "problems", "other");
        List<SearchRequest> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Report r = corpus.report(rnd.nextInt(1000));
            String text = r.sectionText(rnd.nextBoolean() ? SectionKey.OVERVIEW : SectionKey.PROBLEMS);
            String sub = substring(rnd, text, 2 + rnd.nextInt(3));
            String w1 = words.get(rnd.nextInt(words.size()));
            String w2 = words.get(rnd.nextInt(words.size()));
            String q = switch (i % 6) {
                case 0 -> w1;
                case 1 -> "\"" + sub + "\"";
                case 2 -> w1 + " " + w2;
                case 3 -> w1 + " OR " + w2;
                case 4 -> w1 + " -" + w2;
                default -> "\"" + substring(rnd, text, 6) + "\"";
            };
            boolean filter = rnd.nextInt(3) == 0;
            out.add(filter
                    ? new SearchRequest(q, r.year(), r.region().province(), null, sections.get(rnd.nextInt(3)), 10)
                    : new SearchRequest(q, null, null, null, null, 10));
        }
        return out;
    }

    private static String substring(Random rnd, String text, int len) {
        for (int tries = 0; tries < 100; tries++) {
            int at = rnd.nextInt(Math.max(1, text.length() - len));
            String s = text.substring(at, Math.min(text.length(), at + len));
            if (s.length() == len && s.chars().allMatch(Character::isIdeographic)) return s;
        }
        return "公开";
    }

    /** Each client runs the whole query set (in its own order); returns every latency in ms. */
    private static double[] latencies(ReportSearcher searcher, List<SearchRequest> queries, int clients)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<double[]>> work = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                List<SearchRequest> mine = new ArrayList<>(queries);
                Collections.shuffle(mine, new Random(c));
                work.add(pool.submit(() -> {
                    double[] ms = new double[mine.size()];
                    for (int i = 0; i < mine.size(); i++) {
                        long t = System.nanoTime();
                        SearchResult r = searcher.search(mine.get(i));
                        if (r.total() < 0) throw new IllegalStateException();
                        ms[i] = (System.nanoTime() - t) / 1e6;
                    }
                    return ms;
                }));
            }
            double[] all = new double[0];
            for (Future<double[]> f : work) {
                double[] ms = f.get();
                int from = all.length;
                all = Arrays.copyOf(all, from + ms.length);
                System.arraycopy(ms, 0, all, from, ms.length);
            }
            return all;
        } finally {
            pool.shutdown();
        }
    }

    static double percentile(double[] values, double p) {
        double[] v = values.clone();
        Arrays.sort(v);
        int i = (int) Math.ceil(p / 100.0 * v.length) - 1;
        return v[Math.max(0, Math.min(v.length - 1, i))];
    }

    /** Samples the used heap every 20 ms and keeps the highest value seen. */
    private static final class HeapSampler extends Thread {
        private volatile long peak;

        HeapSampler() {
            setDaemon(true);
            setName("heap-sampler");
        }

        @Override
        public void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (!isInterrupted()) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long peak() {
            return Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Collections.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private static long treeSize(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}

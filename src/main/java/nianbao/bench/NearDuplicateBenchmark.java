package nianbao.bench;

import nianbao.compare.DuplicateFindings;
import nianbao.compare.NearCopy;
import nianbao.compare.NearDuplicateIndex;
import nianbao.model.Report;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Near-duplicate detection over a large synthetic corpus: prints the time of each stage and the peak heap.
 *
 * <pre>
 * java -Xmx2g -cp "target/classes:target/lib/*" nianbao.bench.NearDuplicateBenchmark [COUNT] [SEED_DIR]
 * </pre>
 * COUNT defaults to 100000, SEED_DIR to {@code corpus}. Reports are made in batches and only their signatures are
 * kept ({@code keepReports = false}), as a corpus of that size would be handled.
 */
public final class NearDuplicateBenchmark {
    private static final int BATCH = 2_000;
    private static final int QUERIES = 1_000;

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path seeds = Path.of(args.length > 1 ? args[1] : "corpus");
        SyntheticCorpus corpus = SyntheticCorpus.fromSeeds(seeds, SyntheticCorpus.DEFAULT_SEED);
        HeapSampler heap = HeapSampler.begin();
        System.out.printf(Locale.ROOT, "近似重复基准 (near-duplicate benchmark): %d reports, %d cores, -Xmx %d MB%n",
                count, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        NearDuplicateIndex index = new NearDuplicateIndex(NearDuplicateIndex.DEFAULT_THRESHOLD, false);
        long generateNanos = 0, indexNanos = 0;
        for (int from = 0; from < count; from += BATCH) {
            int to = Math.min(count, from + BATCH);
            long t0 = System.nanoTime();
            List<Report> batch = IntStream.range(from, to).parallel().mapToObj(corpus::report).toList();
            long t1 = System.nanoTime();
            index.addAll(batch);
            long t2 = System.nanoTime();
            generateNanos += t1 - t0;
            indexNanos += t2 - t1;
        }
        long t3 = System.nanoTime();
        DuplicateFindings found = index.findDuplicates();
        long t4 = System.nanoTime();
        int hits = 0;
        for (int q = 0; q < QUERIES; q++) {
            List<NearCopy> similar = index.similarTo(corpus.report((int) ((long) q * count / QUERIES)), 5);
            hits += similar.size();
        }
        long t5 = System.nanoTime();
        heap.stopSampling();

        int largest = found.boilerplate().stream().mapToInt(g -> g.members().size()).max().orElse(0);
        System.out.printf(Locale.ROOT, "生成报告 (generate reports, not part of detection): %.1f s%n", generateNanos / 1e9);
        System.out.printf(Locale.ROOT, "指纹 (shingles + MinHash of 3 narrative sections): %.1f s%n", indexNanos / 1e9);
        System.out.printf(Locale.ROOT, "检测 (LSH tables + 内容雷同 groups + 照搬往年): %.1f s%n", (t4 - t3) / 1e9);
        System.out.printf(Locale.ROOT, "检测合计 (detection total = fingerprint + detect): %.1f s%n", (indexNanos + t4 - t3) / 1e9);
        System.out.printf(Locale.ROOT, "查询 (%d similarTo queries): %.1f ms each, %d near-copies found%n",
                QUERIES, (t5 - t4) / 1e6 / QUERIES, hits);
        System.out.printf(Locale.ROOT, "结果 (findings): %d boilerplate groups (largest %d reports), %d year repeats%n",
                found.boilerplate().size(), largest, found.repeats().size());
        System.out.printf(Locale.ROOT, "堆峰值 (peak heap): sampled used %d MB; sum of pool peaks %d MB%n",
                heap.maxUsed() >> 20, poolPeaks() >> 20);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "索引常驻 (index retained after GC, %d reports): %d MB%n",
                index.size(), (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    /** Sum of the heap pools' peak usage: an upper bound, since pools peak at different moments. */
    private static long poolPeaks() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) sum += p.getPeakUsage().getUsed();
        }
        return sum;
    }

    /** Samples used heap every 20 ms on a daemon thread. */
    private static final class HeapSampler extends Thread {
        private volatile boolean running = true;
        private volatile long max;

        static HeapSampler begin() {
            HeapSampler s = new HeapSampler();
            s.setDaemon(true);
            s.start();
            return s;
        }

        @Override
        public void run() {
            Runtime rt = Runtime.getRuntime();
            while (running) {
                max = Math.max(max, rt.totalMemory() - rt.freeMemory());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stopSampling() { running = false; }

        long maxUsed() { return max; }
    }
}

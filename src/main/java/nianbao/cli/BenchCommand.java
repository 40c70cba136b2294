package nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.bench.Benchmark;
import nianbao.bench.SyntheticCorpus;
import nianbao.check.Checker;
import nianbao.index.Findings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"性能测试：由种子报告生成合成语料，测量分词与导入吞吐量、索引大小、检索延迟和堆内存峰值。",
                "Benchmark: build a synthetic corpus from the seed reports and measure segmentation and ingest"
                        + " throughput, index size, search latency and peak heap."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--reports", paramLabel = "N", description = "合成报告数，默认 34000（约 10 万个章节）(synthetic reports; default 34000, about 100,000 sections)")
    int reports = 34_000;

    @Option(names = "--json", description = "以 JSON 输出 (print JSON)")
    boolean json;

    @Option(names = "--seeds", paramLabel = "DIR", description = "种子报告文件夹，默认 corpus (seed reports; default corpus)")
    Path seeds = Path.of("corpus");

    @Option(names = "--seed", description = "随机种子 (random seed)")
    long seed = SyntheticCorpus.DEFAULT_SEED;

    @Option(names = "--threads", paramLabel = "N", description = "导入线程数，默认为处理器数 (ingest threads; default: processors)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--rounds", paramLabel = "N", description = "计时的导入轮数，每轮前后各测一次分词，报告比值的中位数；默认 1 (timed ingest rounds, each between two segmentation passes; the ratio's median is reported; default 1)")
    int rounds = 1;

    @Option(names = "--work", paramLabel = "DIR", description = "工作目录（保留语料和索引）；默认用临时目录并在结束后删除 (work folder, kept; default: a temporary folder, deleted)")
    Path work;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(seeds)) {
            err.println("错误 (error): " + seeds + ": 找不到种子报告文件夹 (no seed folder)");
            return 2;
        }
        if (reports < 1 || rounds < 1) {
            err.println("错误 (error): " + (reports < 1 ? "--reports" : "--rounds") + " 必须为正数 (must be positive)");
            return 2;
        }
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("nianbao-bench");
        try {
            // Ingest counts findings per report as nianbao index does.
            Checker checker = new Checker();
            Benchmark bench = new Benchmark(SyntheticCorpus.fromSeeds(seeds, seed), threads,
                    r -> Findings.of(checker.check(r))).rounds(rounds);
            Benchmark.Figures f = bench.run(reports, dir, m -> err.println("… " + m));
            Map<String, Object> m = f.asMap();
            if (json) {
                out.println(new ObjectMapper().writeValueAsString(m));
            } else {
                out.printf("报告 (reports) %d，章节 (sections) %d，语料 (corpus) %.1f MB，线程 (threads) %d%n",
                        f.reports(), f.sections(), f.bytes() / 1e6, f.threads());
                out.printf("仅分词 (segmentation alone)   %.2f MB/s  (%.2f MB/CPU-s)；导入前 %.2f，导入后 %.2f (before / after ingest)%n",
                        f.segmentMbS(), f.segmentMbCpuS(), f.segmentBeforeMbS(), f.segmentAfterMbS());
                out.printf("仅读取与解析 (read + parse)   %.2f MB/s  (%.2f MB/CPU-s)%n", f.parseMbS(), f.parseMbCpuS());
                out.printf("完整导入 (full ingest)        %.2f MB/s  (%.2f MB/CPU-s)（分词的 %.0f%% of segmentation）%s%n",
                        f.ingestMbS(), f.ingestMbCpuS(), 100 * f.ingestVsSegment(),
                        f.checked() ? "" : "  [未含核查 (no checker)]");
                if (f.roundRatios().length > 1) {
                    StringBuilder each = new StringBuilder();
                    for (double r : f.roundRatios()) each.append(String.format(" %.0f%%", 100 * r));
                    out.printf("各轮导入/分词 (ratio per round)  %s；中位数 (median) %.0f%%%n", each.toString().strip(),
                            100 * f.ingestVsSegmentMedian());
                }
                out.printf("索引大小 (index size)         %.1f MB%n", f.indexBytes() / 1e6);
                out.printf("检索延迟 (latency) 1 个客户端   p50 %.1f ms  p99 %.1f ms%n", f.p50ms1(), f.p99ms1());
                out.printf("检索延迟 (latency) 8 个客户端   p50 %.1f ms  p99 %.1f ms%n", f.p50ms8(), f.p99ms8());
                out.printf("整份报告检索 (whole reports)   p50 %.1f ms  p99 %.1f ms%n", f.p50msReport(), f.p99msReport());
                out.printf("堆内存峰值 (peak heap)        %d MB%n", f.heapMb());
                out.printf("预热遍数 (warm-up passes)      分词 %d，导入 %d；计时遍内 JIT 编译 (JIT in the timed pass) 分词 %.1f s，导入 %.1f s%n",
                        f.segmentWarmups(), f.ingestWarmups(), f.segmentJitS(), f.ingestJitS());
            }
            return 0;
        } finally {
            if (work == null) deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}

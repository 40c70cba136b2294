package nianbao.check;

import nianbao.model.Report;
import nianbao.parse.ReportLoader;
import nianbao.read.ReadException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmark, not a test: parse + check time per report. Run after {@code mvn -o -q test-compile}:
 * {@code java -cp target/classes:target/test-classes:<deps> nianbao.check.CheckBench [FILE|DIR…]}
 * (default: corpus/ and ../shared/samples). Prints the median of 30 timed runs per report after 10 warm-up runs.
 */
public final class CheckBench {
    private static final int WARMUP = 10;
    private static final int RUNS = 30;

    public static void main(String[] args) throws Exception {
        List<Path> inputs = new ArrayList<>();
        if (args.length > 0) for (String a : args) inputs.add(Path.of(a));
        else {
            inputs.add(Path.of("corpus"));
            if (Files.isDirectory(Path.of("..", "shared", "samples"))) inputs.add(Path.of("..", "shared", "samples"));
        }
        Checker checker = new Checker();
        List<Double> medians = new ArrayList<>();
        for (Path file : ReportLoader.expand(inputs)) {
            try {
                ReportLoader.load(file);
            } catch (ReadException e) {
                System.out.println("跳过 skipped " + file + ": " + e.getMessage());
                continue;
            }
            double[] parse = new double[RUNS];
            double[] check = new double[RUNS];
            int findings = 0;
            for (int i = 0; i < WARMUP + RUNS; i++) {
                long t0 = System.nanoTime();
                Report r = ReportLoader.load(file);
                long t1 = System.nanoTime();
                findings = checker.check(r).size();
                long t2 = System.nanoTime();
                if (i >= WARMUP) {
                    parse[i - WARMUP] = (t1 - t0) / 1e6;
                    check[i - WARMUP] = (t2 - t1) / 1e6;
                }
            }
            double[] total = new double[RUNS];
            for (int i = 0; i < RUNS; i++) total[i] = parse[i] + check[i];
            medians.add(median(total));
            System.out.printf("%-48s parse %6.2f ms  check %6.2f ms  total %6.2f ms  (%d findings)%n",
                    file.getFileName(), median(parse), median(check), median(total), findings);
        }
        if (!medians.isEmpty()) {
            System.out.printf("报告数 reports: %d，parse+check 中位数 median: %.2f ms%n", medians.size(),
                    median(medians.stream().mapToDouble(Double::doubleValue).toArray()));
        }
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}

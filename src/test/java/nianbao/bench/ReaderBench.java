package nianbao.bench;

import nianbao.model.Report;
import nianbao.parse.ReportLoader;
import nianbao.parse.ReportParser;
import nianbao.read.Document;
import nianbao.read.Readers;
import nianbao.read.ReportFixtureFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints the median time to read and parse one report, per input format (not a unit test): the PDFs in
 * ../shared/samples, the text seeds in corpus/, HTML (UTF-8 and GBK) and DOCX renderings of the seeds, and the two
 * Word 97 fixtures, and the two LibreOffice-printed PDF fixtures ({@code pdf-lo}).
 * {@code java -cp target/classes:target/test-classes:<deps> nianbao.bench.ReaderBench [rounds]}
 */
public final class ReaderBench {
    private ReaderBench() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path tmp = Files.createTempDirectory("nianbao-bench");
        Map<String, List<Path>> inputs = new LinkedHashMap<>();
        List<Path> seeds;
        try (var s = Files.list(Path.of("corpus"))) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        inputs.put("text", seeds);
        ReportFixtureFiles.Written written = ReportFixtureFiles.write(seeds, tmp);
        inputs.put("html", written.html());
        inputs.put("html-gbk", written.gbk());
        inputs.put("docx", written.docx());
        try (var s = Files.list(Path.of("src/test/resources/nianbao/read/doc"))) {
            inputs.put("doc", s.filter(p -> p.toString().endsWith(".doc")).sorted().toList());
        }
        List<Path> pdfs = new ArrayList<>();
        for (String n : List.of("2024_淮安市人民政府.pdf", "2023_淮安市洪泽区人民政府.pdf")) {
            Path p = Path.of("../shared/samples", n);
            if (Files.isRegularFile(p)) pdfs.add(p);
        }
        if (pdfs.isEmpty()) System.out.println("样例 PDF 不在 (../shared/samples absent): PDF skipped");
        inputs.put("pdf", pdfs);
        try (var s = Files.list(Path.of("src/test/resources/nianbao/read/pdf"))) {
            inputs.put("pdf-lo", s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList());
        }

        System.out.printf("每份报告读取+解析的中位时间，%d 轮 (median per report, read + parse, %d rounds)%n", rounds, rounds);
        System.out.printf("%-9s %5s %12s %12s %12s%n", "format", "files", "read ms", "parse ms", "total ms");
        for (Map.Entry<String, List<Path>> e : inputs.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            for (Path f : e.getValue()) ReportLoader.load(f); // warm up: class loading, JIT, fonts
            List<Double> read = new ArrayList<>(), parse = new ArrayList<>(), total = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                for (Path f : e.getValue()) {
                    long t0 = System.nanoTime();
                    Document d = Readers.read(f);
                    long t1 = System.nanoTime();
                    Report r = ReportParser.parse(d);
                    long t2 = System.nanoTime();
                    if (r.cells().size() == 0) throw new IllegalStateException("no cells: " + f);
                    read.add((t1 - t0) / 1e6);
                    parse.add((t2 - t1) / 1e6);
                    total.add((t2 - t0) / 1e6);
                }
            }
            System.out.printf("%-9s %5d %12.2f %12.2f %12.2f%n", e.getKey(), e.getValue().size(),
                    median(read), median(parse), median(total));
        }
    }

    private static double median(List<Double> xs) {
        double[] a = xs.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }
}

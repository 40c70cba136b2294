package nianbao.cli;

import nianbao.compare.DuplicateFindings;
import nianbao.compare.NearDuplicateIndex;
import nianbao.compare.ReportComparer;
import nianbao.compare.ReportComparison;
import nianbao.model.Report;
import nianbao.parse.ReportLoader;
import nianbao.read.ReadException;
import nianbao.view.AnalysisJson;
import nianbao.view.CompareText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"比较两份报告：各部分相似度、共有句子、不同的表格单元格；或用 --corpus 在整个文件夹中查找内容雷同与照搬往年。",
                "Compare two reports: per-section similarity, shared sentences, differing table cells; "
                        + "or, with --corpus, find near-duplicates across a folder (内容雷同 shared boilerplate, "
                        + "照搬往年 repeating last year)."},
        footer = {"", "示例 examples:", "  nianbao compare corpus/2020_a.txt corpus/2021_a.txt",
                "  nianbao compare --corpus corpus --format json"})
public final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..2", paramLabel = "A B", description = "两份报告 (two report files)")
    List<Path> files = List.of();

    @Option(names = "--corpus", paramLabel = "DIR", description = "在整个文件夹中查找近似重复 (find near-duplicates across a folder)")
    Path corpus;

    @Option(names = "--threshold", defaultValue = "0.5", paramLabel = "X",
            description = "近似重复的相似度下限 (similarity from which sections count as near-copies; default: ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "输出格式 (output format; default: ${DEFAULT-VALUE})")
    Format format;

    enum Format { text, json }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (corpus != null) return corpus(out);
        if (files.size() != 2) {
            throw new IllegalArgumentException("需要两份报告，或 --corpus 文件夹 (give two report files, or --corpus DIR)");
        }
        Report a = load(files.get(0)), b = load(files.get(1));
        ReportComparison c = ReportComparer.compare(a, b);
        if (format == Format.json) out.println(AnalysisJson.WRITER.writeValueAsString(c));
        else CompareText.print(out, c);
        out.flush();
        return 0;
    }

    private int corpus(PrintWriter out) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ReportLoader.Result loaded = Reports.loadAll(List.of(corpus), err);
        NearDuplicateIndex index = new NearDuplicateIndex(threshold, true);
        index.addAll(loaded.reports());
        DuplicateFindings found = index.findDuplicates();
        if (format == Format.json) out.println(AnalysisJson.WRITER.writeValueAsString(found));
        else CompareText.print(out, found);
        out.flush();
        return loaded.reports().isEmpty() ? 1 : 0;
    }

    /** A report, or one line naming the file and what is wrong with it. */
    private static Report load(Path file) {
        try {
            return ReportLoader.load(file);
        } catch (ReadException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
    }
}

package nianbao.cli;

import nianbao.check.Checker;
import nianbao.check.Finding;
import nianbao.check.Severity;
import nianbao.parse.ReportLoader;
import nianbao.view.FindingsOutput;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"核查报告：表内勾稽关系、正文与表格是否一致、格式与完整性、跨年衔接，列出每条问题及原文证据。",
                "Check reports: table arithmetic, narrative against tables, format and completeness, across years;"
                        + " each finding with the report text that shows it.",
                "退出码：0；--fail-on 指定级别的问题存在时为 1；一份报告也读不出时为 2。",
                "Exit code 0; 1 when --fail-on finds a finding of that severity; 2 when no report could be read."})
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "报告文件或文件夹 (report files or folders)")
    List<Path> inputs;

    enum Format { text, json, csv }

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|csv",
            description = "输出格式 output format: text（按报告分组并引用原文 grouped, evidence quoted）、"
                    + "json（每份报告一行 one object per report per line）、csv（每条问题一行，UTF-8 带 BOM，可用 Excel 打开"
                    + " one row per finding, UTF-8 with BOM for Excel）。默认 default: ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--min-severity", defaultValue = "info", paramLabel = "info|warning|error",
            description = "只输出不低于此级别的问题 (only findings at least this severe)。默认 default: ${DEFAULT-VALUE}")
    String minSeverity;

    @Option(names = "--fail-on", paramLabel = "info|warning|error",
            description = "存在不低于此级别的问题时退出码为 1 (exit 1 when a finding at least this severe exists)")
    String failOn;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Severity min = Severity.ofId(minSeverity);
        Severity fail = failOn == null ? null : Severity.ofId(failOn);

        ReportLoader.Result loaded = Reports.loadAll(inputs, err);
        if (loaded.reports().isEmpty()) {
            err.println("没有可读取的报告 (no report could be read)");
            return 2;
        }
        List<Checker.Result> results = new Checker().checkAll(loaded.reports());
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        boolean failed = false;
        CSVPrinter csv = format == Format.csv ? FindingsOutput.csvPrinter(out) : null;
        for (Checker.Result r : results) {
            List<Finding> shown = r.findings().stream().filter(f -> f.severity().atLeast(min)).toList();
            for (Finding f : shown) counts.merge(f.severity(), 1, Integer::sum);
            if (fail != null && r.findings().stream().anyMatch(f -> f.severity().atLeast(fail))) failed = true;
            switch (format) {
                case json -> out.println(FindingsOutput.jsonLine(r.report(), shown));
                case csv -> FindingsOutput.csv(csv, r.report(), shown);
                default -> FindingsOutput.text(out, r.report(), shown);
            }
        }
        if (csv != null) csv.flush();
        out.flush();
        err.println("已核查 " + results.size() + " 份报告：错误 " + counts.getOrDefault(Severity.ERROR, 0) + "，警告 "
                + counts.getOrDefault(Severity.WARNING, 0) + "，提示 " + counts.getOrDefault(Severity.INFO, 0)
                + " (checked " + results.size() + " reports: " + counts.getOrDefault(Severity.ERROR, 0) + " errors, "
                + counts.getOrDefault(Severity.WARNING, 0) + " warnings, " + counts.getOrDefault(Severity.INFO, 0)
                + " info)" + (loaded.failures().isEmpty() ? "" : "；读取失败 " + loaded.failures().size() + " 份 (failed to read)"));
        return failed ? 1 : 0;
    }
}

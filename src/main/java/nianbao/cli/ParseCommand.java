package nianbao.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import nianbao.extract.FigureExtractor;
import nianbao.model.Note;
import nianbao.model.Report;
import nianbao.model.Section;
import nianbao.parse.ReportLoader;
import nianbao.view.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"读取并解析报告：章节、表格单元格（规范编号）、元数据与解析说明。",
                "Read and parse reports: sections, table cells under canonical IDs, metadata and notes.",
                "退出码：至少读出一份报告为 0，全部失败为 1。 Exit code 0 when at least one report was read, 1 otherwise."})
public final class ParseCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "报告文件或文件夹 (report files or folders)")
    List<Path> inputs;

    @Option(names = "--json", description = "每份报告输出一行 JSON (one JSON object per report, one per line)")
    boolean json;

    @Option(names = "--no-text", description = "JSON 中不含章节正文 (omit section text from JSON)")
    boolean noText;

    /** Notes that mean the report itself is damaged: worth a line on stderr even when the parse succeeded. */
    private static final Set<String> SERIOUS = Set.of("truncated");

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportLoader.Result result = ReportLoader.loadAll(inputs, new ReportLoader.Listener() {
            @Override
            public void loaded(Path file, Report r) {
                for (Note n : r.notes()) if (SERIOUS.contains(n.kind())) err.println(file + ": 警告 (warning): " + n.message());
                if (json) {
                    try {
                        out.println(ReportJson.MAPPER.writeValueAsString(ReportJson.of(r, FigureExtractor.figures(r), !noText)));
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                } else {
                    printText(out, r);
                }
                out.flush();
            }

            @Override
            public void failed(ReportLoader.Failure f) {
                err.println(f);
                err.flush();
            }
        });
        if (!json) err.println("已读取 " + result.reports().size() + " 份，失败 " + result.failures().size()
                + " 份 (read " + result.reports().size() + ", failed " + result.failures().size() + ")");
        return result.reports().isEmpty() ? 1 : 0;
    }

    private static void printText(PrintWriter out, Report r) {
        out.println("== " + r.source());
        out.println("标题 title:    " + r.title());
        out.println("机关 agency:   " + r.agency() + "（" + (r.level() == null ? "?" : r.level().label()) + "）"
                + (r.region().parts().isEmpty() ? "" : " " + r.region()));
        out.println("年度 year:     " + r.year() + (r.published() == null ? "" : "，发布 published " + r.published()));
        out.println("格式 format:   " + (r.format() == null ? "?" : r.format().id()) + "，文件 file " + r.sourceFormat()
                + (r.encoding() == null ? "" : "，编码 encoding " + r.encoding())
                + "，id " + r.id());
        StringBuilder keys = new StringBuilder();
        for (Section s : r.sections()) keys.append(s.key().id()).append(' ');
        out.println("章节 sections: " + keys.toString().strip());
        long present = r.cells().asMap().values().stream().filter(v -> v != null).count();
        out.println("单元格 cells:  " + present + " 个有值 (with values)，共 " + r.cells().size() + " 个 (found)");
        for (Map.Entry<String, BigDecimal> e : r.cells().asMap().entrySet()) {
            if (e.getValue() != null && e.getValue().signum() != 0) out.println("    " + e.getKey() + " = " + e.getValue().toPlainString());
        }
        for (Note n : r.notes()) out.println("  说明 note [" + n.kind() + "] 第" + n.line() + "行: " + n.message());
    }
}

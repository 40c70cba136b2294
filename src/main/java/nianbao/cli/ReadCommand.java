package nianbao.cli;

import nianbao.parse.ReportLoader;
import nianbao.read.Document;
import nianbao.read.Line;
import nianbao.read.ReadException;
import nianbao.read.Readers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Shows what a reader makes of a file before parsing: for finding out why a PDF or web page parses as it does. */
@Command(name = "read", mixinStandardHelpOptions = true,
        description = {"显示读取结果（解析之前）：正文段落与表格行（单元格以 | 分隔）。用于查看 PDF、网页、Word 文件读出的内容。",
                "Show what the readers extract before parsing: paragraphs and table rows (cells separated by |).",
                "退出码：全部读出为 0，有文件失败为 1。 Exit code 0 when every file was read, 1 otherwise."})
public final class ReadCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "报告文件或文件夹 (report files or folders)")
    List<Path> inputs;

    @Option(names = "--tables", description = "只显示表格行 (table rows only)")
    boolean tablesOnly;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        for (Path f : ReportLoader.expand(inputs)) {
            try {
                Document d = Readers.read(f);
                out.println("== " + f + "  [" + d.sourceFormat() + (d.encoding() == null ? "" : ", " + d.encoding()) + "]");
                for (Line l : d.lines()) {
                    if (l.grid()) out.println("▦ " + String.join(" | ", l.cells()));
                    else if (!tablesOnly) out.println(l.text());
                }
            } catch (ReadException | RuntimeException e) {
                err.println(ReportLoader.failure(f, e));
                failed++;
            }
            out.flush();
        }
        return failed == 0 ? 0 : 1;
    }
}

package nianbao.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"读取并解析报告，输出章节、表格单元格与元数据。", "Read and parse reports."})
public final class ParseCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}

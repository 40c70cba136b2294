package nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import nianbao.check.Checker;
import nianbao.index.Findings;
import nianbao.index.Indexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"建立或更新检索索引：只处理新增和改动的文件，删除已移除文件的内容；中途中断不会损坏原索引。",
                "Build or update the search index: only new and changed files are read, removed files' documents are"
                        + " deleted; a run killed midway leaves the previous index whole."})
public final class IndexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "DIR", description = "报告文件夹或文件，默认 corpus (report folders or files; default corpus)")
    List<Path> inputs;

    @Option(names = "--index", paramLabel = "PATH", description = "索引位置，默认 index (index location; default index)")
    Path index = Path.of("index");

    @Option(names = "--threads", paramLabel = "N", description = "并行线程数，默认为处理器数 (worker threads; default: processors)")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> in = inputs == null || inputs.isEmpty() ? List.of(Path.of("corpus")) : inputs;
        for (Path p : in) {
            if (!Files.exists(p)) {
                err.println("错误 (error): " + p + ": 文件或文件夹不存在 (no such file or folder)");
                return 2;
            }
        }
        Indexer indexer = new Indexer(index);
        if (threads != null) indexer.threads(threads);
        // Counts per report from the rules that need no other report; serve checks against the whole corpus.
        Checker checker = new Checker();
        indexer.findings(r -> Findings.of(checker.check(r)));
        long t0 = System.nanoTime();
        Indexer.Summary s;
        IndexProgress listener = new IndexProgress();
        try {
            s = indexer.run(in, listener);
        } finally {
            listener.close();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        for (Indexer.Failure f : s.failures()) err.println(f.file() + ": " + f.message());
        if (s.rebuilt()) {
            out.println("索引由其他版本的 nianbao 建立，已按其中仍在的文件重建 (the index was written by another version"
                    + " of nianbao: rebuilt from its files that are still there)");
        }
        out.printf("已索引 (indexed) %s：新增 %d (added)，更新 %d (replaced)，未变 %d (unchanged)，删除 %d (removed)，"
                        + "失败 %d (failed)；用时 %.1f 秒 (seconds)%n",
                index, s.added(), s.replaced(), s.unchanged(), s.removed(), s.failures().size(), seconds);
        return s.failures().isEmpty() || s.added() + s.replaced() + s.unchanged() > 0 ? 0 : 1;
    }
}

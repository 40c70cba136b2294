package nianbao.cli;

import io.javalin.Javalin;
import nianbao.parse.ReportLoader;
import nianbao.serve.Library;
import nianbao.serve.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"读取语料、建立或更新索引，并在本机 127.0.0.1 上提供网页界面。",
                "Read the corpus, index it when the index is missing or stale, and serve the web UI on 127.0.0.1."})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "7070", description = "端口 (port), 默认 ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--corpus", defaultValue = "${sys:nianbao.home:-.}/corpus", description = "语料文件夹 (corpus folder), 默认 ${DEFAULT-VALUE}")
    Path corpus;

    @Option(names = "--index", defaultValue = "${sys:nianbao.home:-.}/index", description = "索引位置 (index location), 默认 ${DEFAULT-VALUE}")
    Path index;

    @Option(names = "--web", defaultValue = "${sys:nianbao.home:-.}/web", description = "网页文件夹 (static pages), 默认 ${DEFAULT-VALUE}")
    Path web;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (!Files.isDirectory(corpus)) {
            err.println(corpus + ": 语料文件夹不存在 (corpus folder not found)");
            return 2;
        }
        if (!Files.isDirectory(web)) {
            err.println(web + ": 网页文件夹不存在 (web folder not found)");
            return 2;
        }
        long t0 = System.nanoTime();
        Library library;
        try (IndexProgress progress = new IndexProgress()) {
            library = Library.load(corpus, index, progress);
        }
        for (ReportLoader.Failure f : library.failures()) err.println(f);
        out.printf("已读取、核查并索引 %d 份报告，用时 %.1f 秒 (read, checked and indexed %d reports in %.1f s)%n", library.all().size(),
                (System.nanoTime() - t0) / 1e9, library.all().size(), (System.nanoTime() - t0) / 1e9);
        Javalin app = WebServer.create(library, web);
        app.start("127.0.0.1", port);
        out.println("网页界面 (web UI): http://127.0.0.1:" + app.port() + "/   按 Ctrl+C 退出 (Ctrl+C to stop)");
        out.flush();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stop.countDown();
        }));
        stop.await();
        return 0;
    }
}

package nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import nianbao.parse.ReportLoader;

/** Loading reports for a command: each file that fails gets its one line on the error stream as it fails. */
final class Reports {
    private Reports() {}

    static ReportLoader.Result loadAll(List<Path> inputs, PrintWriter err) throws IOException {
        return ReportLoader.loadAll(inputs, new ReportLoader.Listener() {
            @Override
            public void failed(ReportLoader.Failure f) {
                err.println(f);
            }
        });
    }
}

package nianbao.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import nianbao.index.Indexer;

import java.nio.file.Path;

/** A progress bar on stderr for index runs long enough to want one (index and serve). */
final class IndexProgress implements Indexer.Listener, AutoCloseable {
    /** Below this many files a run is short: no progress bar. */
    private static final int PROGRESS_BAR_FILES = 50;

    private ProgressBar bar;

    @Override
    public synchronized void started(int files) {
        if (files >= PROGRESS_BAR_FILES) {
            bar = new ProgressBarBuilder().setTaskName("索引 indexing").setInitialMax(files).setUnit(" 份", 1)
                    .setUpdateIntervalMillis(500).build();
        }
    }

    @Override
    public synchronized void fileDone(Path file) {
        if (bar != null) bar.step();
    }

    @Override
    public synchronized void close() {
        if (bar != null) bar.close();
    }
}

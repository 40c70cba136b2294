package nianbao.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexOutput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * Syncs each index file in the background as soon as Lucene has written and closed it. A commit syncs every new
 * file; after a large run that meant writing a few hundred MB to disk at the very end while the worker threads sat
 * idle (0.3–0.7 s of a 26 s run on the benchmark). The commit still syncs every file itself, so durability is
 * exactly Lucene's: this only starts the writing earlier, while indexing goes on.
 */
final class SyncAheadDirectory extends FilterDirectory {
    private final ExecutorService syncer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "index-sync-ahead");
        t.setDaemon(true);
        return t;
    });

    SyncAheadDirectory(Directory in) {
        super(in);
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        return new FilterIndexOutput("sync-ahead", name, in.createOutput(name, context)) {
            @Override
            public void close() throws IOException {
                super.close();
                syncer.execute(() -> syncQuietly(name));
            }
        };
    }

    /** A file may be gone by now (merged away, or the run rolled back): the commit syncs whatever it keeps. */
    private void syncQuietly(String name) {
        try {
            in.sync(List.of(name));
        } catch (IOException | UncheckedIOException | AlreadyClosedException e) {
            // nothing to do: this sync is only a head start
        }
    }

    @Override
    public void close() throws IOException {
        syncer.shutdown();
        try {
            // the queued syncs are of files the commit has synced already: each returns at once
            syncer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            in.close();
        }
    }
}

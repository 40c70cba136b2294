package nianbao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;

class SyncAheadDirectoryTest {
    /** Records the files synced; refuses files that are not there, as a file system does. */
    private static final class RecordingDirectory extends FilterDirectory {
        final List<String> synced = new CopyOnWriteArrayList<>();
        final CountDownLatch release;

        RecordingDirectory(CountDownLatch release) {
            super(new ByteBuffersDirectory());
            this.release = release;
        }

        @Override
        public void sync(Collection<String> names) throws IOException {
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            for (String n : names) {
                if (!Arrays.asList(in.listAll()).contains(n)) throw new NoSuchFileException(n);
                synced.add(n);
            }
        }
    }

    private static void write(SyncAheadDirectory dir, String name) throws IOException {
        try (IndexOutput out = dir.createOutput(name, IOContext.DEFAULT)) {
            out.writeString("内容 " + name);
        }
    }

    @Test
    void everyFileIsSyncedOnceClosedWithoutWaitingForTheCommit() throws IOException {
        RecordingDirectory disk = new RecordingDirectory(new CountDownLatch(0));
        SyncAheadDirectory dir = new SyncAheadDirectory(disk);
        write(dir, "_0.tim");
        write(dir, "_0.doc");
        dir.close(); // waits for the queued syncs
        assertEquals(List.of("_0.tim", "_0.doc"), disk.synced);
    }

    @Test
    void aFileGoneBeforeItsSyncIsNoError() throws IOException {
        CountDownLatch release = new CountDownLatch(1);
        RecordingDirectory disk = new RecordingDirectory(release);
        SyncAheadDirectory dir = new SyncAheadDirectory(disk);
        write(dir, "_1.tim");
        write(dir, "_1.doc");
        dir.deleteFile("_1.tim"); // merged away before the background sync came to it
        release.countDown();
        dir.close();
        assertEquals(List.of("_1.doc"), disk.synced);
    }
}

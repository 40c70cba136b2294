package nianbao.index;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Run in a child JVM by {@link CrashSafetyTest}: indexes a folder slowly, printing a line per file, so the test can
 * kill it midway. Arguments: corpus folder, index folder, how many synthetic reports the folder holds.
 */
public final class CrashChild {
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path index = Path.of(args[1]);
        SyntheticFiles synth = new SyntheticFiles(7);
        // Rewrite the same texts so the source knows them (same seed: same content, same bytes).
        synth.writeAll(corpus, Integer.parseInt(args[2]));
        AtomicInteger done = new AtomicInteger();
        Indexer.ReportSource slow = (file, bytes) -> {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return synth.load(file, bytes);
        };
        new Indexer(index).reportSource(slow).threads(1).ramBufferMb(1).run(List.of(corpus), new Indexer.Listener() {
            @Override
            public void fileDone(Path file) {
                System.out.println("done " + done.incrementAndGet());
                System.out.flush();
            }
        });
        System.out.println("finished");
    }
}

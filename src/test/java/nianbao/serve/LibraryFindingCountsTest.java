package nianbao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nianbao.index.Findings;
import nianbao.parse.ReportLoader;

/** An upload that changes other reports' findings changes their counts in the index too, and only those. */
class LibraryFindingCountsTest {
    @TempDir Path tmp;

    @Test
    void uploadingACopyUpdatesTheOriginalsCopiedTextCount() throws Exception {
        Path corpus = nianbao.index.FindingCountsTestSupport.seedCorpus(tmp);
        // a user dictionary too: an upload indexes single files, which must not count as other dictionaries
        Files.writeString(corpus.resolve(nianbao.index.HanLPData.USER_DICTIONARY), "甲乙丙丁戊己\n");
        Path index = tmp.resolve("index");
        Path original = corpus.resolve("2021_潮鸣街道办事处.txt");
        String id = ReportLoader.load(original).id();
        byte[] copy = Files.readString(original, StandardCharsets.UTF_8).replace("潮鸣", "望江")
                .getBytes(StandardCharsets.UTF_8);
        Integer expected;
        try (Library lib = Library.load(corpus, index)) {
            assertNull(nianbao.index.FindingCountsTestSupport.storedCount(index, id, "COPIED_TEXT"),
                    "no copy yet");
            lib.add("望江.txt", copy);
            expected = Findings.of(lib.findings(id)).byRule().get("COPIED_TEXT");
            assertTrue(expected != null && expected > 0, "the checker now finds the copy");
            assertEquals(String.valueOf(expected),
                    nianbao.index.FindingCountsTestSupport.storedCount(index, id, "COPIED_TEXT"),
                    "the original's counts in the index follow");
        }
        // and a restart over the same corpus finds nothing to change
        long committed = lastCommit(index);
        try (Library lib = Library.load(corpus, index)) {
            assertEquals(committed, lastCommit(index), "no new commit: every file and count was current");
            assertEquals(String.valueOf(expected),
                    nianbao.index.FindingCountsTestSupport.storedCount(index, id, "COPIED_TEXT"));
        }
    }

    /** The generation of the index's last commit. */
    static long lastCommit(Path index) throws Exception {
        try (var dir = org.apache.lucene.store.FSDirectory.open(index)) {
            return org.apache.lucene.index.SegmentInfos.getLastCommitGeneration(dir);
        }
    }
}

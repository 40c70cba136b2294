package nianbao.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void missingCorpusOrWebFolderIsOneLineAndExitCode2() {
        ParseCommandTest.Run noCorpus = ParseCommandTest.run("serve", "--corpus", dir.resolve("nope").toString(),
                "--index", dir.resolve("index").toString());
        assertEquals(2, noCorpus.exit());
        assertEquals(1, noCorpus.err().strip().lines().count(), noCorpus.err());
        assertTrue(noCorpus.err().contains("nope: 语料文件夹不存在"), noCorpus.err());

        ParseCommandTest.Run noWeb = ParseCommandTest.run("serve", "--corpus", "corpus", "--web", dir.resolve("www").toString(),
                "--index", dir.resolve("index").toString());
        assertEquals(2, noWeb.exit());
        assertTrue(noWeb.err().contains("www: 网页文件夹不存在"), noWeb.err());
        assertFalse(noWeb.err().contains("Exception"), noWeb.err());
    }

    @Test
    void defaultFoldersAreThoseOfTheInstallationNotOfTheCurrentFolder() {
        // the launcher passes -Dnianbao.home and stays in the caller's folder, so relative arguments keep their meaning
        String before = System.getProperty("nianbao.home");
        System.setProperty("nianbao.home", dir.toString());
        try {
            ParseCommandTest.Run r = ParseCommandTest.run("serve");
            assertEquals(2, r.exit());
            assertTrue(r.err().contains(dir.resolve("corpus") + ": 语料文件夹不存在"), r.err());
        } finally {
            if (before == null) System.clearProperty("nianbao.home");
            else System.setProperty("nianbao.home", before);
        }
    }
}

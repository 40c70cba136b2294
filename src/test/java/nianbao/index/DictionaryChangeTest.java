package nianbao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Words segmented with other dictionaries are stale: a changed user dictionary re-indexes every file. */
class DictionaryChangeTest {
    @TempDir Path tmp;

    @Test
    void aNewUserDictionaryReindexesTheUnchangedFilesOnce() throws Exception {
        Path corpus = FindingCountsTestSupport.seedCorpus(tmp);
        Path index = tmp.resolve("index");
        Indexer.Listener quiet = new Indexer.Listener() {};
        assertEquals(5, new Indexer(index).run(List.of(corpus), quiet).added());
        assertEquals(5, new Indexer(index).run(List.of(corpus), quiet).unchanged(), "nothing changed");

        String word = "政务信息公开领导小组"; // in the 湖源乡 report; HanLP alone splits it
        Files.writeString(corpus.resolve(HanLPData.USER_DICTIONARY), word + "\n");
        Indexer.Summary s = new Indexer(index).run(List.of(corpus), quiet);
        assertEquals(List.of(5, 0, 0), List.of(s.replaced(), s.unchanged(), s.added()), "every file again");
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            assertTrue(reader.docFreq(new Term(IndexFields.TEXT, word)) > 0, "the new word is a word of the index");
            assertEquals(5 * 4, reader.numDocs(), "replaced, not duplicated");
        }
        assertEquals(5, new Indexer(index).run(List.of(corpus), quiet).unchanged(), "and only once");
    }
}

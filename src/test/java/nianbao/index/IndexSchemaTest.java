package nianbao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nianbao.search.ReportSearcher;
import nianbao.search.SearchRequest;

/**
 * An index written by another version of nianbao (other fields, other analysis, no schema key) holding the same bytes
 * as the files: were it updated in place every file would count as unchanged and its old documents would stay.
 */
class IndexSchemaTest {
    static final Indexer.Listener QUIET = new Indexer.Listener() {};

    @TempDir Path tmp;
    Path corpus;
    Path elsewhere;
    Path gone;
    Path index;

    @BeforeEach
    void setUp() throws Exception {
        corpus = FindingCountsTestSupport.seedCorpus(tmp);
        // one report the earlier index held from another folder, still there; one whose file is gone
        elsewhere = Files.createDirectories(tmp.resolve("elsewhere")).resolve("2021_富阳区湖源乡.txt");
        Files.move(corpus.resolve("2021_富阳区湖源乡.txt"), elsewhere);
        gone = tmp.resolve("deleted").resolve("2020_某某局.txt");
        index = tmp.resolve("index");
        List<Path> held = new ArrayList<>();
        try (var files = Files.list(corpus)) {
            files.filter(f -> f.toString().endsWith(".txt")).forEach(held::add);
        }
        held.add(elsewhere);
        held.add(gone);
        writeEarlierIndex(index, held);
    }

    /** Documents as an earlier layout might have had them: the source, the file's hash, the text in another field. */
    static void writeEarlierIndex(Path index, List<Path> sources) throws IOException {
        try (Directory dir = FSDirectory.open(index);
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (Path src : sources) {
                Document d = new Document();
                d.add(new StringField(IndexFields.SOURCE, src.toAbsolutePath().normalize().toString(), Field.Store.YES));
                d.add(new StringField(IndexFields.KIND, IndexFields.KIND_REPORT, Field.Store.YES));
                String hash = Files.exists(src) ? Indexer.sha256(Files.readAllBytes(src)) : "0";
                d.add(new StoredField(IndexFields.HASH, hash));
                d.add(new TextField("body", "旧版本的全文 old layout", Field.Store.YES));
                w.addDocument(d);
            }
            w.setLiveCommitData(Map.of(Indexer.DICTIONARIES_KEY, HanLPData.dictionariesKey()).entrySet());
            w.commit();
        }
    }

    static int docsWithField(Path index, String field) throws IOException {
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
            int n = 0;
            for (var leaf : r.leaves()) n += leaf.reader().getDocCount(field);
            return n;
        }
    }

    @Test
    void theNextRunRebuildsItFromItsFilesThatAreStillThere() throws Exception {
        Indexer.Summary s = new Indexer(index).run(List.of(corpus), QUIET);
        assertTrue(s.rebuilt());
        assertEquals(List.of(5, 0, 0, 1), List.of(s.added(), s.replaced(), s.unchanged(), s.removed()),
                "four files of the folder and the one elsewhere read again; the gone one removed");
        assertEquals(0, docsWithField(index, "body"), "no document of the old layout is left");
        try (Directory dir = FSDirectory.open(index)) {
            assertEquals(IndexSchema.VERSION, SegmentInfos.readLatestCommit(dir).getUserData().get(IndexSchema.KEY));
        }
        try (ReportSearcher searcher = ReportSearcher.open(index)) {
            assertEquals(5 * 4, searcher.documentCount(), "three sections and the report for each of five");
            String source = elsewhere.toAbsolutePath().normalize().toString();
            assertTrue(searcher.search(SearchRequest.of("政府信息公开").withLimit(100)).hits().stream()
                    .anyMatch(h -> h.source().equals(source)), "the report from the other folder is searchable");
        }

        Indexer.Summary again = new Indexer(index).run(List.of(corpus), QUIET);
        assertFalse(again.rebuilt());
        assertEquals(List.of(0, 0, 4, 0), List.of(again.added(), again.replaced(), again.unchanged(), again.removed()),
                "then it takes updates as usual");
    }

    @Test
    void theIndexCommandSaysItRebuilt() {
        picocli.CommandLine cl = nianbao.cli.Main.commandLine();
        java.io.StringWriter out = new java.io.StringWriter();
        cl.setOut(new java.io.PrintWriter(out));
        cl.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
        assertEquals(0, cl.execute("index", corpus.toString(), "--index", index.toString()));
        assertTrue(out.toString().contains("已按其中仍在的文件重建") && out.toString().contains("rebuilt"), out.toString());
        assertTrue(out.toString().contains("新增 5 (added)") && out.toString().contains("删除 1 (removed)"), out.toString());

        java.io.StringWriter again = new java.io.StringWriter();
        cl.setOut(new java.io.PrintWriter(again));
        assertEquals(0, cl.execute("index", corpus.toString(), "--index", index.toString()));
        assertFalse(again.toString().contains("重建"), "said once, on the run that rebuilt: " + again);
    }

    @Test
    void serveRebuildsItWhenItLoadsTheCorpus() throws Exception {
        try (nianbao.serve.Library lib = nianbao.serve.Library.load(corpus, index)) {
            assertEquals(5 * 4, lib.searcher().documentCount(), "the four reports of the corpus and the one elsewhere");
            assertTrue(lib.searcher().search(SearchRequest.of("政府信息公开")).total() > 0);
        }
        assertEquals(0, docsWithField(index, "body"), "no document of the old layout is left");
    }

    @Test
    void theSearcherRefusesItWithAMessageSayingWhatToDo() {
        IOException e = assertThrows(IOException.class, () -> ReportSearcher.open(index));
        assertTrue(e.getMessage().contains("其他版本") && e.getMessage().contains("nianbao index"), e.getMessage());
    }

    @Test
    void aRebuildThatFailsMidwayLeavesTheEarlierIndexAsItWas() throws Exception {
        Indexer.Listener failing = new Indexer.Listener() {
            @Override
            public void fileDone(Path file) { throw new IllegalStateException("killed midway"); }
        };
        assertThrows(IllegalStateException.class, () -> new Indexer(index).threads(1).run(List.of(corpus), failing));
        assertEquals(6, docsWithField(index, "body"), "the earlier documents, all of them");
        try (Directory dir = FSDirectory.open(index)) {
            assertFalse(IndexSchema.isCurrent(SegmentInfos.readLatestCommit(dir).getUserData()),
                    "still the earlier layout, so the next run rebuilds it");
        }
    }
}

package nianbao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.junit.jupiter.api.Test;

import nianbao.model.Section;
import nianbao.parse.ReportLoader;

/** What the indexer hands Lucene is, token for token, what the analyzer gives queries and highlights. */
class SpansTokenStreamTest {
    record Tok(String termBytes, int start, int end, int posInc) {}

    static List<Tok> tokens(TokenStream ts) throws IOException {
        List<Tok> out = new ArrayList<>();
        try (ts) {
            TermToBytesRefAttribute t = ts.getAttribute(TermToBytesRefAttribute.class);
            OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute p = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                // The bytes themselves, so a replacement character from a split surrogate pair counts too.
                out.add(new Tok(t.getBytesRef().toString(), o.startOffset(), o.endOffset(), p.getPositionIncrement()));
            }
            ts.end();
        }
        return out;
    }

    static void assertSameTokens(String text) throws IOException {
        char[] normalized = TextNormalizer.normalize(text.toCharArray(), text.length());
        Utf8Text utf8 = new Utf8Text(normalized, normalized.length);
        Words words = new Segmenter().words(normalized, normalized.length);
        assertSame("words", tokens(AnalyzerTest.ANALYZER.tokenStream(IndexFields.TEXT, text)),
                tokens(new SpansTokenStream(utf8, words)), text);
        assertSame("bigrams", tokens(AnalyzerTest.ANALYZER.tokenStream(IndexFields.BIGRAMS, text)),
                tokens(new SpansTokenStream(utf8, BigramSpans.of(normalized, normalized.length))), text);
    }

    /** Names the first token that differs, not the whole lists. */
    static void assertSame(String field, List<Tok> expected, List<Tok> actual, String text) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), field + " token " + i + " of: " + text);
        }
        assertEquals(expected.size(), actual.size(), field + " count of: " + text);
    }

    @Test
    void edgeTextsGiveTheSameTokens() throws IOException {
        for (String text : List.of("", "公", "公开", "新媒体，\t申请公开", "２０２１年收到申请ＡＢＣ件 ", "a\u3000b  c",
                "é ñ ü Ω 公开", "𠮷野家公开", "公\uD842", "\uDFB7公开", "行\n政\r\n复议")) {
            assertSameTokens(text);
        }
    }

    @Test
    void everySeedSectionGivesTheSameTokens() throws Exception {
        Path corpus = Path.of("corpus");
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        }
        int sections = 0;
        for (Path f : files) {
            for (Section s : ReportLoader.load(f).sections()) {
                assertSameTokens(s.text());
                sections++;
            }
        }
        assertTrue(sections >= 25, "sections compared: " + sections);
    }
}

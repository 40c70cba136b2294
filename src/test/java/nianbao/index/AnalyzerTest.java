package nianbao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class AnalyzerTest {
    static final Analyzer ANALYZER = new NianbaoAnalyzer();

    record Tok(String term, int start, int end, int posInc) {}

    static List<Tok> tokens(String field, String text) throws IOException {
        List<Tok> out = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream(field, text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute p = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(new Tok(t.toString(), o.startOffset(), o.endOffset(), p.getPositionIncrement()));
            ts.end();
        }
        return out;
    }

    static List<String> terms(String field, String text) throws IOException {
        return tokens(field, text).stream().map(Tok::term).toList();
    }

    @Test
    void domainWordsStayWholeAndPunctuationIsDropped() throws IOException {
        assertEquals(List.of("加强", "政务新媒体", "管理", "依申请公开", "信息处理费"),
                terms(IndexFields.TEXT, "加强政务新媒体管理，依申请公开；信息处理费。"));
    }

    @Test
    void wordOffsetsPointAtTheWordsInTheOriginalText() throws IOException {
        String text = "２０２１年，湖源乡\n收到政府信息公开申请ＡＢＣ件。";
        List<Tok> toks = tokens(IndexFields.TEXT, text);
        assertTrue(toks.size() >= 5, toks.toString());
        for (Tok t : toks) {
            assertEquals(t.term(), TextNormalizer.normalize(text.substring(t.start(), t.end())), t.toString());
            assertEquals(1, t.posInc());
        }
        // Full-width digits and letters are normalised to half-width, lower case.
        assertEquals("2021", toks.get(0).term());
        assertTrue(terms(IndexFields.TEXT, text).contains("abc"));
    }

    @Test
    void noIndexModeFragments() throws IOException {
        // Index mode would add 政府, 信息, 公开 … overlapping 政府信息公开; we want the words once, in order.
        List<Tok> toks = tokens(IndexFields.TEXT, "政府信息公开工作");
        for (int i = 1; i < toks.size(); i++) assertEquals(toks.get(i - 1).end(), toks.get(i).start(), toks.toString());
    }

    @Test
    void bigramsCoverEveryCharacterWithOffsets() throws IOException {
        String text = "新媒体，\t申请公开";
        assertEquals(List.of(new Tok("新媒", 0, 2, 1), new Tok("媒体", 1, 3, 1), new Tok("体,", 2, 4, 1),
                        new Tok(",", 3, 4, 1), new Tok("申请", 5, 7, 1), new Tok("请公", 6, 8, 1),
                        new Tok("公开", 7, 9, 1), new Tok("开", 8, 9, 1)),
                tokens(IndexFields.BIGRAMS, text));
    }

    @Test
    void aSpaceIsWhatJavaCallsWhitespaceOrASpaceCharacter() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            boolean expected = Character.isWhitespace(ch) || Character.isSpaceChar(ch);
            if (BigramSpans.isSpace(ch) != expected) assertEquals(expected, BigramSpans.isSpace(ch), String.format("U+%04X", c));
        }
    }

    @Test
    void aUserDictionaryInTheCorpusFolderAddsWords(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        String word = "湖源乡便民服务中心";
        assertTrue(!terms(IndexFields.TEXT, "前往" + word + "办理").contains(word));
        java.nio.file.Files.writeString(dir.resolve(HanLPData.USER_DICTIONARY), "# 用户词典\n" + word + "\n");
        HanLPData.loadUserDictionary(dir);
        assertEquals(List.of("前往", word, "办理"), terms(IndexFields.TEXT, "前往" + word + "办理"));
    }

    @Test
    void safeUnderConcurrentUse() throws Exception {
        String text = "一是政务公开标准化规范化工作需进一步强化；二是信息公开意识需进一步提升；三是政务新媒体管理需进一步完善。";
        List<String> expected = terms(IndexFields.TEXT, text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) results.add(pool.submit(() -> terms(IndexFields.TEXT, text)));
            for (Future<List<String>> f : results) assertEquals(expected, f.get());
        } finally {
            pool.shutdown();
        }
    }
}

package nianbao.read;

import nianbao.model.FormatVersion;
import nianbao.model.Report;
import nianbao.parse.ReportLoader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each seed report of corpus/, parsed from its text, rendered as an HTML page (UTF-8 and GBK) and as a Word file
 * with merged cells, then read and parsed again: the cells must be exactly the seed's.
 */
class FixtureRoundTripTest {
    @TempDir
    Path dir;

    static Stream<Path> seeds() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("corpus"))) {
            List<Path> seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            assertFalse(seeds.isEmpty(), "corpus/*.txt missing");
            return seeds.stream();
        }
    }

    static String stem(Path seed) {
        String n = seed.getFileName().toString();
        return n.substring(0, n.lastIndexOf('.'));
    }

    private void assertSameReport(Report seed, Path fixture, String format) throws ReadException {
        Report got = ReportLoader.load(fixture);
        assertEquals(format, got.sourceFormat());
        assertEquals(seed.format(), got.format(), fixture + ": format version");
        assertEquals(seed.year(), got.year(), fixture + ": year");
        FormatVersion v = seed.format();
        assertEquals(seed.cells().complete(v), got.cells().complete(v), fixture + ": cells");
        for (var k : nianbao.model.SectionKey.values()) {
            assertEquals(seed.section(k).isPresent(), got.section(k).isPresent(), fixture + ": section " + k);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void htmlUtf8(Path seed) throws Exception {
        Report r = ReportLoader.load(seed);
        Path html = dir.resolve(stem(seed) + ".html");
        Files.write(html, ReportFixtures.html(r, StandardCharsets.UTF_8));
        assertSameReport(r, html, "html");
        Document d = Readers.read(html);
        String text = d.text();
        assertFalse(text.contains("网站标识码") || text.contains("ICP备") || text.contains("网站地图") || text.contains("访问量") || text.contains("最新公开"),
                "site chrome left in the content: " + text.substring(0, Math.min(200, text.length())));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void htmlGbk(Path seed) throws Exception {
        Report r = ReportLoader.load(seed);
        Path html = dir.resolve(stem(seed) + ".htm");
        Files.write(html, ReportFixtures.html(r, Charset.forName("GBK")));
        assertSameReport(r, html, "html");
        assertTrue(Readers.read(html).encoding().startsWith("gbk"), "encoding from <meta http-equiv>");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void docxWithMergedCells(Path seed) throws Exception {
        Report r = ReportLoader.load(seed);
        Path docx = dir.resolve(stem(seed) + ".docx");
        Files.write(docx, ReportFixtures.docx(r));
        assertSameReport(r, docx, "docx");
    }
}

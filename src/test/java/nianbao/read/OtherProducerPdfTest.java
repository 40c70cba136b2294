package nianbao.read;

import nianbao.model.Report;
import nianbao.parse.ReportLoader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * PDFs from another producer than the samples' WPS: the seeds' DOCX fixtures ({@link ReportFixtures#docx}) printed
 * once by LibreOffice ({@code soffice --headless --convert-to pdf}). Their narrow label columns wrap labels over
 * many lines with the numbers on the first, and rows break across pages. Read as printed and with the ruling lines
 * stripped, they must parse to the seeds' cells.
 */
class OtherProducerPdfTest {
    @TempDir
    Path tmp;

    static void assertSeedCells(String stem, Path pdf) throws Exception {
        Report seed = ReportLoader.load(Path.of("corpus", stem + ".txt"));
        Report got = ReportLoader.load(pdf);
        assertEquals("pdf", got.sourceFormat());
        assertEquals(seed.format(), got.format());
        assertEquals(seed.year(), got.year());
        assertEquals(seed.cells().complete(seed.format()), got.cells().complete(seed.format()), pdf.toString());
        for (var k : nianbao.model.SectionKey.values()) {
            assertEquals(seed.section(k).isPresent(), got.section(k).isPresent(), pdf + ": section " + k);
        }
    }

    static Path fixture(String stem) {
        return Path.of("src/test/resources/nianbao/read/pdf", stem + ".pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020_沁园街道办事处", "2021_潮鸣街道办事处"})
    void ruled(String stem) throws Exception {
        assertSeedCells(stem, fixture(stem));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020_沁园街道办事处", "2021_潮鸣街道办事处"})
    void withoutRulingLines(String stem) throws Exception {
        assertSeedCells(stem, Unruled.copy(fixture(stem), tmp));
    }
}

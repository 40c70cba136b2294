package nianbao.read;

import nianbao.model.Report;
import nianbao.parse.ReportLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Word 97 files. POI cannot write them, so these two were made once from the DOCX fixtures of the seeds
 * ({@link ReportFixtures#docx}, merged cells with gridSpan/vMerge and column widths) by LibreOffice:
 * {@code soffice --headless --convert-to doc *.docx}. Word 97 keeps horizontal merges as wider cells and vertical
 * merges as flags, so the reader must rebuild the grid from cell edges.
 */
class DocReaderTest {
    @ParameterizedTest
    @ValueSource(strings = {"2020_沁园街道办事处", "2021_潮鸣街道办事处"})
    void docParsesToTheSeedsCells(String stem) throws Exception {
        Report seed = ReportLoader.load(Path.of("corpus", stem + ".txt"));
        Path doc = Path.of("src/test/resources/nianbao/read/doc", stem + ".doc");
        Report got = ReportLoader.load(doc);
        assertEquals("doc", got.sourceFormat());
        assertEquals(seed.format(), got.format());
        assertEquals(seed.year(), got.year());
        assertEquals(seed.cells().complete(seed.format()), got.cells().complete(seed.format()));
    }
}

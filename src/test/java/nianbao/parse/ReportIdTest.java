package nianbao.parse;

import nianbao.read.Document;
import nianbao.read.Readers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A report's id is the hash of its text in UTF-8, whether the parser encodes the text or the reader hands over the
 * file's own bytes (a UTF-8 file read verbatim): the same text gets the same id either way.
 */
class ReportIdTest {
    @TempDir
    Path dir;

    @Test
    void theFileBytesStandInForTheTextOnlyWhenTheyAreIt() throws Exception {
        String seed = BadInputTest.seed().replace("[bookmark: _GoBack]", "").strip() + "\n"; // the seed has one
        String withBookmark = seed.replaceFirst("\n", "[bookmark: _Toc1]\n");
        List<String> variants = List.of(
                seed,                                  // verbatim: the bytes are the text
                "\uFEFF" + seed,                       // a BOM: the bytes after it
                seed.strip(),                          // no final line break: the text gains one
                seed + "\n\n",                         // blank lines at the end: dropped
                seed + "  \n",                         // a last line of spaces: dropped
                seed.replace("\n", "\r\n"),            // CRLF: the text has LF
                withBookmark,                          // cleaned: the bookmark goes
                seed.replaceFirst("\n", "\u00A0\n"),   // cleaned: the non-breaking space becomes a space
                "\n" + seed);                          // a leading empty line stays: verbatim again
        for (int i = 0; i < variants.size(); i++) {
            Path f = dir.resolve("v" + i + ".txt");
            Files.write(f, variants.get(i).getBytes(StandardCharsets.UTF_8));
            Document doc = Readers.read(f);
            String text = doc.text();
            if (doc.textUtf8() != null) assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), doc.textUtf8(), "variant " + i);
            assertEquals(ReportParser.id(text), ReportParser.parse(doc).id(), "variant " + i);
        }
        assertArrayEquals(Files.readAllBytes(dir.resolve("v0.txt")), Readers.read(dir.resolve("v0.txt")).textUtf8());
        for (int i : new int[] {1, 8}) assertNotNull(Readers.read(dir.resolve("v" + i + ".txt")).textUtf8(), "variant " + i);
        for (int i = 2; i < 8; i++) assertNull(Readers.read(dir.resolve("v" + i + ".txt")).textUtf8(), "variant " + i);
    }

    @Test
    void gb18030TextIsEncodedForItsId() throws Exception {
        Path f = dir.resolve("gb.txt");
        Files.write(f, BadInputTest.seed().getBytes("GB18030"));
        Document doc = Readers.read(f);
        assertNull(doc.textUtf8());
        assertEquals(ReportParser.id(doc.text()), ReportParser.parse(doc).id());
    }
}

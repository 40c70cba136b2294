package nianbao.parse;

import nianbao.read.Document;
import nianbao.read.Readers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A report's id is the hash of its text in UTF-8: the same text gets the same id from any bytes that hold it. */
class ReportIdTest {
    @TempDir
    Path dir;

    @Test
    void theIdIsTheHashOfTheTextReadWhateverTheFileLooksLike() throws Exception {
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
            assertEquals(ReportParser.id(text), ReportParser.parse(doc).id(), "variant " + i);
        }
        // a BOM and CRLF line ends leave the text, and so the id, as it was
        String id = ReportParser.parse(Readers.read(dir.resolve("v0.txt"))).id();
        for (int i : new int[] {1, 5}) assertEquals(id, ReportParser.parse(Readers.read(dir.resolve("v" + i + ".txt"))).id(), "variant " + i);
    }

    @Test
    void gb18030TextGetsTheIdOfTheSameTextInUtf8() throws Exception {
        Path gb = dir.resolve("gb.txt");
        Files.write(gb, BadInputTest.seed().getBytes("GB18030"));
        Path utf8 = dir.resolve("utf8.txt");
        Files.write(utf8, BadInputTest.seed().getBytes(StandardCharsets.UTF_8));
        Document doc = Readers.read(gb);
        assertEquals(ReportParser.id(doc.text()), ReportParser.parse(doc).id());
        assertEquals(ReportParser.parse(Readers.read(utf8)).id(), ReportParser.parse(doc).id());
    }
}

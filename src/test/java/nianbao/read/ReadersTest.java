package nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nianbao.parse.ReportLoader;

/** Readers read a file once: every format is read from the bytes handed in, never from the file again. */
class ReadersTest {
    @TempDir
    Path dir;

    @Test
    void everyFormatReadsFromTheBytesItIsGiven() throws Exception {
        List<Path> files = new ArrayList<>(List.of(
                Path.of("corpus/2021_潮鸣街道办事处.txt"),
                Path.of("src/test/resources/nianbao/read/doc/2021_潮鸣街道办事处.doc"),
                Path.of("src/test/resources/nianbao/read/pdf/2021_潮鸣街道办事处.pdf")));
        Path html = dir.resolve("潮鸣.html");
        Files.write(html, ReportFixtures.html(ReportLoader.load(files.get(0)), StandardCharsets.UTF_8));
        files.add(html);
        Path template = Path.of("../shared/samples/format-2021_blank-template.docx");
        if (Files.isRegularFile(template)) files.add(template);
        else System.out.println("../shared/samples 不存在，跳过 DOCX (samples absent, DOCX skipped)");

        for (Path f : files) {
            Document fromFile = Readers.read(f);
            // the same bytes under a name that is not on disk: a reader that opened the file again would fail
            Path elsewhere = dir.resolve("absent").resolve(f.getFileName());
            Document fromBytes = Readers.read(elsewhere, Files.readAllBytes(f));
            assertFalse(Files.exists(elsewhere));
            assertEquals(fromFile.sourceFormat(), fromBytes.sourceFormat(), f.toString());
            assertEquals(fromFile.encoding(), fromBytes.encoding(), f.toString());
            assertEquals(fromFile.lines(), fromBytes.lines(), f.toString());
            assertEquals(elsewhere.toString(), fromBytes.source());
        }
    }

    @Test
    void theTextReaderCalledDirectlyRefusesEmptyAndBinaryBytes() {
        // the text reader is also the fallback: called on its own it still refuses what is not text
        TextReader text = new TextReader();
        Path f = dir.resolve("x.txt");
        ReadException empty = assertThrows(ReadException.class, () -> text.read(f, new byte[0]));
        assertTrue(empty.getMessage().contains("文件为空"), empty.getMessage());
        byte[] binary = new byte[512];
        for (int i = 0; i < binary.length; i++) binary[i] = (byte) (i % 7 == 0 ? 0 : i % 32);
        ReadException bin = assertThrows(ReadException.class, () -> text.read(f, binary));
        assertTrue(bin.getMessage().contains("binary file"), bin.getMessage());
    }
}

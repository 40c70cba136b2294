package nianbao.parse;

import nianbao.model.Report;
import nianbao.read.ReadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files that are not whole reports: each gets one clear message, or parses as far as it goes and says so. */
class BadInputTest {
    @TempDir
    Path dir;

    static String seed() throws Exception {
        return Files.readString(Path.of("corpus", "2021_潮鸣街道办事处.txt"));
    }

    private String messageFor(Path file) {
        ReadException e = assertThrows(ReadException.class, () -> ReportLoader.load(file));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void emptyFile() throws Exception {
        Path f = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertTrue(messageFor(f).contains("文件为空"));
    }

    @Test
    void binaryFile() throws Exception {
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        Path f = Files.write(dir.resolve("data.txt"), bytes);
        assertTrue(messageFor(f).contains("binary"));
    }

    @Test
    void newsArticleIsNotAReport() throws Exception {
        String news = "本报讯 11月20日，某市召开政务公开工作推进会。会议指出，要进一步提高政务公开质量，"
                + "加强政府网站和政务新媒体建设。\n会议要求各部门认真落实，确保各项任务按期完成。\n";
        Path f = Files.writeString(dir.resolve("news.txt"), news);
        assertTrue(messageFor(f).contains("不是政府信息公开工作年度报告"));
    }

    @Test
    void reportCutOffInTable3ParsesWhatIsThereAndSaysItIsIncomplete() throws Exception {
        String text = seed();
        int cut = text.indexOf("2.其他法律行政法规禁止公开");
        Path f = Files.writeString(dir.resolve("cut.txt"), text.substring(0, cut));
        Report r = ReportLoader.load(f);
        assertEquals(1, r.cells().getLong("t3.new.total"));
        assertFalse(r.cells().isPresent("t3.result_total.total"));
        assertFalse(r.cells().isPresent("t4.review.total"));
        assertTrue(r.notes().stream().anyMatch(n -> n.kind().equals("truncated") && n.message().contains("表格中")),
                r.notes().toString());
    }

    @Test
    void gbkCopyParsesToTheSameCells() throws Exception {
        Path utf8 = Path.of("corpus", "2021_潮鸣街道办事处.txt");
        Path gbk = Files.write(dir.resolve("gbk.txt"), seed().getBytes(Charset.forName("GBK")));
        Report a = ReportLoader.load(utf8), b = ReportLoader.load(gbk);
        assertEquals("GB18030", b.encoding());
        assertEquals(a.cells(), b.cells());
        assertEquals(a.id(), b.id());
        assertEquals(a.agency(), b.agency());
    }

    @Test
    void utf16AndBomCopiesParseToTheSameCells() throws Exception {
        Report a = ReportLoader.load(Path.of("corpus", "2021_潮鸣街道办事处.txt"));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = seed().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(body, 0, withBom, 3, body.length);
        Report b = ReportLoader.load(Files.write(dir.resolve("bom.txt"), withBom));
        Report c = ReportLoader.load(Files.write(dir.resolve("u16.txt"), seed().getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("UTF-8 (BOM)", b.encoding());
        assertEquals("UTF-16LE", c.encoding());
        assertEquals(a.cells(), b.cells());
        assertEquals(a.cells(), c.cells());
    }
}

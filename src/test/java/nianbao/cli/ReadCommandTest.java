package nianbao.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadCommandTest {
    @TempDir
    Path dir;

    @Test
    void showsGridRowsOfAWebPageAndOneLinePerFailure() throws Exception {
        Files.writeString(dir.resolve("a.html"), "<html><body><p>四、政府信息公开行政复议、行政诉讼情况</p><table>"
                + "<tr><td colspan=2>行政复议</td></tr><tr><td>1</td><td>2</td></tr></table></body></html>");
        Files.writeString(dir.resolve("b.pdf"), "%PDF-1.4 broken");
        ParseCommandTest.Run r = ParseCommandTest.run("read", "--tables", dir.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("▦ 行政复议 | 行政复议"), r.out());
        assertTrue(r.out().contains("▦ 1 | 2"), r.out());
        assertFalse(r.out().contains("四、政府信息公开"), "--tables hides paragraphs");
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("b.pdf: PDF 文件已损坏"), r.err());
    }

    @Test
    void showsFormatEncodingAndParagraphsAndExitsZeroWhenAllRead() throws Exception {
        Path gbk = dir.resolve("r.txt");
        Files.write(gbk, Files.readString(Path.of("corpus", "2021_富阳区湖源乡.txt")).getBytes(java.nio.charset.Charset.forName("GBK")));
        ParseCommandTest.Run r = ParseCommandTest.run("read", gbk.toString());
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("== " + gbk + "  [text, GB18030]"), r.out());
        assertTrue(r.out().contains("2021年，湖源乡收到政府信息依申请公开0件。"), "paragraphs are shown without --tables");
        assertEquals("", r.err());
    }

    @Test
    void help() {
        ParseCommandTest.Run r = ParseCommandTest.run("read", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("Show what the readers extract"));
    }
}

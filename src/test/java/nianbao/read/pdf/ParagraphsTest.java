package nianbao.read.pdf;

import nianbao.read.Line;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Narrative rebuilt from positioned characters: wrapped lines joined across pages, page furniture removed. */
class ParagraphsTest {
    static final float SIZE = 16, LEFT = 90, RIGHT = 506, HEIGHT = 842;

    /** Characters of one line, a character per em from x, justified to end at {@code right} when given. */
    static List<Glyph> line(String text, float x, float base, Float right) {
        List<Glyph> out = new ArrayList<>();
        float step = right == null ? SIZE : (right - x) / text.length();
        for (int i = 0; i < text.length(); i++) {
            out.add(new Glyph(x + i * step, base, SIZE, SIZE, String.valueOf(text.charAt(i)), true));
        }
        return out;
    }

    static PageContent page(int n, List<List<Glyph>> lines) {
        List<Glyph> all = new ArrayList<>();
        lines.forEach(all::addAll);
        return new PageContent(n, 595, HEIGHT, all, List.of());
    }

    @Test
    void wrappedSentenceIsJoinedAcrossThePageBreak() {
        PageContent p1 = page(1, List.of(
                line("某市人民政府办公室文件", 200, 40, null),                       // running header
                line("一、总体情况", LEFT + 32, 120, null),
                line("二〇二四年，我市认真贯彻落实条例规定，推进政务公开工作", LEFT + 32, 150, RIGHT),
                line("取得新成效，主动公开政府信息五千余条，依申请公开办理", LEFT, 180, RIGHT),
                line("- 1 -", 280, 800, null)));
        PageContent p2 = page(2, List.of(
                line("某市人民政府办公室文件", 200, 40, null),
                line("三千余件，均在法定期限内答复。", LEFT, 120, null),
                line("（一）主动公开情况。全年公开规章一件，规范性文件十一件，", LEFT + 32, 150, RIGHT),
                line("政策解读二十一个。", LEFT, 180, null),
                line("第2页", 280, 800, null)));
        List<String> lines = PdfReader.lines(List.of(p1, p2)).stream().map(Line::text).toList();
        assertEquals(List.of("一、总体情况",
                "二〇二四年，我市认真贯彻落实条例规定，推进政务公开工作取得新成效，主动公开政府信息五千余条，依申请公开办理三千余件，均在法定期限内答复。",
                "（一）主动公开情况。全年公开规章一件，规范性文件十一件，政策解读二十一个。"), lines);
    }

    @Test
    void aBlankGapSeparatesParagraphsWithoutIndentation() {
        PageContent p1 = page(1, List.of(
                line("第一段文字从左边开始，不缩进，一直写到右边距为止", LEFT, 120, RIGHT),
                line("然后结束于这一行的右边距处，同样写满整行，不留空白", LEFT, 150, RIGHT),
                line("第二段文字在空一行之后开始，也不缩进，写满整行为止", LEFT, 210, RIGHT),
                line("第二段的最后一行。", LEFT, 240, null)));
        List<String> lines = PdfReader.lines(List.of(p1)).stream().map(Line::text).toList();
        assertEquals(List.of("第一段文字从左边开始，不缩进，一直写到右边距为止然后结束于这一行的右边距处，同样写满整行，不留空白",
                "第二段文字在空一行之后开始，也不缩进，写满整行为止第二段的最后一行。"), lines);
    }

    @Test
    void theRestOfARowBrokenByAPageJoinsIt() {
        Line last = Line.gridRow(List.of("（三）不予公开", "6.属于四类过", "0", "1", "2"));
        assertTrue(Paragraphs.continuesRow(last, Line.gridRow(List.of("", "程性信息", "", "", ""))));
        // a header repeated on the new page, or a row of its own with blank values, is not a continuation
        assertFalse(Paragraphs.continuesRow(last, Line.gridRow(List.of("", "", "自然人", "商业企业", "总计"))));
        assertFalse(Paragraphs.continuesRow(last, Line.gridRow(List.of("", "7.属于行政执法案卷", "", "", ""))));
    }
}

package nianbao.read;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What Word and Markdown exports leave in a line is removed; everything else is left as it is. */
class TextCleanerTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "[bookmark: _Toc123]一、总体情况|一、总体情况",
            "**二、主动公开政府信息情况**|二、主动公开政府信息情况",
            "- 一是政务公开标准化规范化工作需进一步强化|一是政务公开标准化规范化工作需进一步强化",
            "- **[bookmark: _Toc9]五、存在的主要问题**|五、存在的主要问题",
            "'收到申请\u00A01件'|收到申请 1件",
            "'-\u00A0一是'|'- 一是'", // the marker is taken before the space is replaced, as a plain space would be
            "'- '|'- '",
            "[注]本表数据截至12月31日|[注]本表数据截至12月31日",
            "发布信息782条，其中*号为重点|发布信息782条，其中*号为重点",
            "2021年，我街道未收到政府信息公开申请。|2021年，我街道未收到政府信息公开申请。",
    })
    void cleansALine(String line, String expected) {
        assertEquals(expected, TextCleaner.clean(line));
    }

    @Test
    void linesAreSplitAtEveryKindOfBreakCleanedAndTrailingBlankLinesDropped() {
        assertEquals(List.of("一、总体情况", "", "二", "三"),
                TextCleaner.lines("\uFEFF一、总体情况\r\n\r- 二\n三\n  \n"));
    }
}

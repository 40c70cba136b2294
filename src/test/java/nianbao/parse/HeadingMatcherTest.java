package nianbao.parse;

import nianbao.model.SectionKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeadingMatcherTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "一、总体情况|overview",
            " 一、总体情况|overview",
            "总体情况|overview",
            "概述|overview",
            "一、工作概述|overview",
            "二、主动公开政府信息情况|active",
            "二、行政机关主动公开政府信息情况|active",
            "三、收到和处理政府信息公开申请情况|applications",
            "三、收到和处理情况|applications", // 收 the only cue character
            "三、政府信息公开申请处理情况|applications", // 申 the only cue character
            "四、政府信息公开行政复议、行政诉讼情况|review",
            "四、因政府信息公开工作被申请行政复议提起行政诉讼情况|review",
            "四、政府信息公开行政复议及行政诉讼情况|review",
            "五、存在的主要问题及改进情况|problems",
            "五、存在的主要问题及改进措施|problems",
            "五、存在问题及改进情况|problems",
            "五、当前存在的主要问题及下一步改进措施|problems",
            "5、 存在的主要问题及改进情况|problems",
            "六、其他需要报告的事项|other",
            "六、其他事项|other",
            "6、 其他需要报告的事项|other",
            "　　六、其他需要报告的事项|other",
            "一、总体情况：|overview",
            "五、存在的主要问题及改进情况：:|problems",
            "六、其他需要报告的事项。|other",
            "'一、总体情况                                                  '|overview", // longer than a heading only by spaces
    })
    void recognisesEveryVariant(String line, String key) {
        assertEquals(SectionKey.ofId(key), HeadingMatcher.match(line).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "一、本年新收政府信息公开申请数量",
            "二、上年结转政府信息公开申请数量",
            "三、本年度办理结果",
            "四、结转下年度继续办理",
            "（一）主动公开情况",
            "主动公开政府信息的数量",
            "（二）依申请公开政府信息和不予公开政府信息的情况",
            "\t一、总体情况",
            "三、其他需要报告的事项",
            "2021年，我街道未收到政府信息公开申请，没有行政复议、行政诉讼的情况。",
    })
    void rowLabelsSubHeadingsAndSentencesAreNotHeadings(String line) {
        assertTrue(HeadingMatcher.match(line).isEmpty(), line);
    }
}

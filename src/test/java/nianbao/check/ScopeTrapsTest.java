package nianbao.check;

import nianbao.extract.Figure;
import nianbao.extract.FigureExtractor;
import nianbao.extract.Scope;
import nianbao.model.Report;
import nianbao.model.SectionKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scope traps of PHRASES.md, each in a report whose table holds the whole-report totals: the figure is read with
 * its narrower scope and no error is raised.
 */
class ScopeTrapsTest {
    static Stream<Arguments> traps() {
        return Stream.of(
                Arguments.of("区政府办全年共受理政府信息公开申请17件。", "sub_unit"),
                Arguments.of("全年办理行政复议、行政诉讼备案审查，备案行政复议案件134件、行政诉讼案件57件。", "subset"),
                Arguments.of("全年主动公开政府信息621条，其中通过微信公众号发布信息331条。", "channel"),
                Arguments.of("通过管委会网站公布行政许可12件、行政处罚2条、行政执法4件。", "channel"),
                Arguments.of("2020年，全区共受理政府信息公开申请80件。", "other_period"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traps")
    void raisesNoError(String sentence, String scope) {
        Report r = ReportFixture.v2021().agency("某某区人民政府")
                .t3Row("new", 95, 0).t3Row("disclosed", 95, 0).t3Row("result_total", 95, 0)
                .cell("t4.review.upheld", 170).cell("t4.review.total", 170)
                .cell("t4.suit_direct.upheld", 77).cell("t4.suit_direct.total", 77)
                .cell("t2.licensing.decisions", 1200).cell("t2.penalty.decisions", 145)
                .section(SectionKey.OVERVIEW, "全区共受理政府信息公开申请95件。" + sentence).build();
        List<Figure> mapped = FigureExtractor.figures(r).stream()
                .filter(f -> f.mapsToCells() && f.sentence().equals(sentence)).toList();
        List<Figure> all = FigureExtractor.figures(r).stream().filter(f -> f.sentence().equals(sentence)).toList();
        assertTrue(!all.isEmpty(), "no figure in " + sentence);
        for (Figure f : (mapped.isEmpty() ? all : mapped)) {
            if (f.scope() != Scope.WHOLE || !mapped.isEmpty()) assertEquals(scope, f.scope().id(), f.toString());
        }
        List<Finding> errors = new Checker().check(r).stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertEquals(List.of(), errors);
    }
}

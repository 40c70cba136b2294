package nianbao.extract;

import nianbao.model.FormatVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sentences not in PHRASES.md: other verbs, subjects, numerals, units and word orders, with their scope. */
class GeneralisationTest {
    static Stream<Arguments> sentences() {
        return Stream.of(
                row("本年度共接到公民提出的政府信息公开申请十二件", "whole", "t3.new.natural=12", "t3.new.total=12"),
                row("全年收到两起行政复议申请", "whole", "t4.review.total=2"),
                row("受理依申请公开事项１２件", "whole", "t3.new.total=12", "t3.new.total+t3.carried_in.total=12"),
                row("共收到企业申请3件、自然人申请5件", "whole", "t3.new.business=3", "t3.new.natural=5"),
                row("行政复议案件1件，尚未审结", "whole", "t4.review.total=1"),
                row("今年我局办结政府信息公开申请20件，其中予以公开12件，部分公开3件，不予公开2件", "whole",
                        "t3.result_total.total=20", "t3.disclosed.total=12", "t3.partial.total=3",
                        "t3.withheld_secret.total+t3.withheld_law.total+t3.withheld_safety.total+"
                                + "t3.withheld_third_party.total+t3.withheld_internal.total+t3.withheld_process.total+"
                                + "t3.withheld_enforcement.total+t3.withheld_query.total=2"),
                row("共有3件申请结转至下一年度办理", "whole", "t3.carried_out.total=3"),
                row("全市共受理政府信息公开申请3119件，答复3050件（含上年度结转申请34件，另有103件顺延到下年度答复）", "whole",
                        "t3.new.total=3119", "t3.new.total+t3.carried_in.total=3119", "t3.result_total.total=3050",
                        "t3.carried_in.total=34", "t3.carried_out.total=103"),
                row("本年度行政诉讼2起，均为复议后起诉", "whole", "t4.suit_direct.total+t4.suit_after_review.total=2"),
                row("区教育局受理申请5件", "sub_unit", "t3.new.total=5", "t3.new.total+t3.carried_in.total=5"),
                row("2021年上半年收到申请3件", "other_period", "t3.new.total=3"),
                row("2020年，全区共收到政府信息公开申请80件", "other_period", "t3.new.total=80"),
                row("网上申请4件", "channel", "t3.new.total=4", "t3.new.total+t3.carried_in.total=4",
                        "t3.result_total.total=4"),
                row("本年度暂未收到行政复议和行政诉讼", "whole", "t4.review.total=0", "t4.suit_direct.total=0",
                        "t4.suit_after_review.total=0"),
                row("无上年结转的政府信息公开申请", "whole", "t3.carried_in.total=0"),
                row("本年度本机关未作出行政处罚决定", "whole", "t2.penalty.decisions=0"),
                row("全年主动公开政府信息1200余条，均按时发布", "whole"),
                row("在法定期限15个工作日内予以答复", "whole"),
                row("一件事一次办改革持续推进", "whole"),
                row("全年累计收到申请7件", "whole", "t3.new.total=7"),
                row("2021年1-12月，共收到申请5件", "whole", "t3.new.total=5"),
                row("2021年1-6月收到申请3件", "other_period", "t3.new.total=3"),
                row("申请人撤回申请1件", "whole", "t3.other_other.total=1"),
                row("未向申请人收取任何费用", "whole"),
                row("本机关未收到行政复议结果为纠错的案件", "whole", "t4.review.corrected=0"),
                row("收到涉及征地拆迁的申请3件", "subset", "t3.new.total=3"),
                row("未收到需要收取信息处理费的申请", "subset", "t3.new.total=0"),
                row("收到政府信息公开申请2件，正在按程序办理", "whole", "t3.new.total=2"),
                row("通过政府网站收到群众留言12条", "whole"),
                row("全年共收到政府信息公开申请20件（含上年结转3件）", "whole",
                        "t3.new.total+t3.carried_in.total=20", "t3.carried_in.total=3"),
                row("2021年，我局未发生依申请公开政府信息方面的行政复议和行政诉讼", "whole", "t4.review.total=0",
                        "t4.suit_direct.total=0", "t4.suit_after_review.total=0"),
                row("收到申请100件，其中同意公开或部分公开共81件", "whole", "t3.new.total=100",
                        "t3.disclosed.total+t3.partial.total=81"),
                row("主动公开市政府规章13件（含新制定5件，修改4件，废止4件）", "channel", "t2.rules.issued=13"),
                row("2021年，全区各职能部门、镇街共完成政府信息依申请公开答复1453件，包括上年结转信息公开申请30件", "whole",
                        "t3.result_total.total=1453", "t3.carried_in.total=30"));
    }

    private static Arguments row(String sentence, String scope, String... expected) {
        return Arguments.of(sentence, scope, List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void generalises(String sentence, String scope, List<String> expected) {
        List<Figure> figures = new FigureExtractor(2021, FormatVersion.V2021, "某某区人民政府").extract("overview", sentence);
        Set<String> got = new TreeSet<>();
        for (Figure f : figures) {
            for (Reading r : f.readings()) for (Term t : r.terms()) got.add(t.toString());
            if (f.mapsToCells()) assertEquals(scope, f.scope().id(), f.toString());
        }
        assertEquals(new TreeSet<>(expected), got, figures.toString());
    }

    @Test
    void numerals() {
        assertEquals(new BigDecimal(12), Numerals.parse("十二"));
        assertEquals(new BigDecimal(2), Numerals.parse("两"));
        assertEquals(new BigDecimal(105), Numerals.parse("一百零五"));
        assertEquals(new BigDecimal(100), Numerals.parse("百"));
        assertEquals(new BigDecimal(23000), Numerals.parse("两万三千"));
        assertEquals(new BigDecimal(782), Numerals.parse("７８２"));
        assertEquals(new BigDecimal(100000), Numerals.parse("10万"));
        assertEquals(new BigDecimal("214.6823"), Numerals.parse("214.6823"));
        assertNull(Numerals.parse("是"));
    }

    @Test
    void approximationsAreMarked() {
        List<Figure> f = new FigureExtractor(2021, FormatVersion.V2021, null)
                .extract("overview", "公众号阅读量达到10万余次，发布信息300余条，受理申请近百件，发布视频48条。");
        assertEquals(List.of(true, true, true, false), f.stream().map(Figure::approximate).toList());
        assertEquals(new BigDecimal(100000), f.get(0).value());
        assertEquals("次", f.get(0).unit());
        assertEquals(new BigDecimal(100), f.get(2).value());
    }

    @Test
    void offsetsPointIntoTheSection() {
        String text = "一、总体情况\n2021年，街道收到自然人书面信息公开申请1件，已办结。\n\t表格\t1\t2\n主动公开信息37条。";
        for (Figure f : new FigureExtractor(2021, FormatVersion.V2021, null).extract("overview", text)) {
            assertEquals(f.text(), text.substring(f.start(), f.end()));
            assertEquals(f.sentence(), text.substring(f.sentenceStart(), f.sentenceEnd()));
        }
    }

    @Test
    void jsonHasTheDocumentedFields() throws Exception {
        Figure f = new FigureExtractor(2021, FormatVersion.V2021, null).extract("overview", "收到自然人申请1件").get(0);
        var node = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(f);
        for (String field : List.of("cells", "value", "unit", "approximate", "subject", "scope", "text", "start", "end")) {
            assertTrue(node.has(field), field + " in " + node);
        }
        assertEquals("whole", node.get("scope").asText());
        assertEquals("t3.new.natural", node.get("cells").get(0).asText());
    }
}

package nianbao.extract;

import nianbao.model.FormatVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every sentence of PHRASES.md (the "…" filled in with ordinary words) extracts to exactly the cells and values it
 * lists. Ambiguous figures list every reading. "ALL_T3" stands for every table-三 cell = 0.
 */
class PhrasesTest {
    static Stream<Arguments> phrases() {
        return Stream.of(
                row("收到自然人书面信息公开申请1件", "t3.new.natural=1", "t3.new.total=1"),
                row("收到政府信息依申请公开0件", "t3.new.total=0"),
                row("共收到依申请公开1件，已办结", "t3.new.total=1", "t3.carried_out.total=0"),
                row("未收到政府信息公开申请", "t3.new.total=0"),
                row("未发生依申请公开政府信息和不予公开政府信息的情况", "t3.new.total=0"),
                row("全街共受理政府信息公开申请总数1件", "t3.new.total=1", "t3.new.total+t3.carried_in.total=1"),
                row("未接到任何形式的信息公开申请", "t3.new.total=0"),
                row("收到政府信息依申请公开办理事项1件，已在规定时间内办结答复", "t3.new.total=1", "t3.carried_out.total=0"),
                row("全年办理政府信息依申请公开13件", "t3.new.total=13", "t3.new.total+t3.carried_in.total=13",
                        "t3.result_total.total=13"),
                row("全年收到依申请公开信息3条，答复率100%", "t3.new.total=3", "t3.carried_out.total=0"),
                row("未收到和处理政府信息公开申请，零报告", "ALL_T3"),
                row("全年办理答复政府信息公开申请7件，均按时答复", "t3.result_total.total=7", "t3.carried_out.total=0"),
                // its table said 3: a real mismatch; "都在法定期限内予以答复" is also a completion claim
                row("共受理政府信息公开申请2件，都在法定期限内予以答复", "t3.new.total=2",
                        "t3.new.total+t3.carried_in.total=2", "t3.carried_out.total=0"),
                row("收到群众要求公开政府信息的申请1宗，已办结回复", "t3.new.total=1", "t3.carried_out.total=0"),
                row("全年共受理政府信息公开申请8件，全部依法依规按时办结", "t3.new.total=8",
                        "t3.new.total+t3.carried_in.total=8", "t3.carried_out.total=0"),
                row("未收到书面申请，未收到信函、传真等形式申请，未收到电子邮件及网上申请", "t3.new.total=0"),
                row("共计受理办理政府信息公开申请354件。其中，2023年新收政府信息公开申请354件，结转上年政府信息公开申请0件，"
                                + "办理完成353件，结转2024年度继续办理1件",
                        "t3.new.total=354", "t3.new.total+t3.carried_in.total=354", "t3.carried_in.total=0",
                        "t3.result_total.total=353", "t3.carried_out.total=1"),
                row("共收到8份政府信息公开申请，均为自然人申请。其中，予以公开2件，部分公开2件，属于四类过程性信息1件，"
                                + "本办不掌握相关政府信息2件，其他1件（申请人自主撤销）。无下年度结转",
                        "t3.new.natural=8", "t3.new.total=8", "t3.disclosed.total=2", "t3.partial.total=2",
                        "t3.withheld_process.total=1", "t3.unable_not_held.total=2", "t3.other_other.total=1",
                        "t3.carried_out.total=0"),
                row("没有行政复议、行政诉讼的情况",
                        "t4.review.total=0", "t4.suit_direct.total=0", "t4.suit_after_review.total=0"),
                row("未发生有关政府信息公开工作的举报、投诉、行政复议或提起行政诉讼等情况",
                        "t4.review.total=0", "t4.suit_direct.total=0", "t4.suit_after_review.total=0"),
                row("未出现行政复议、行政诉讼等现象",
                        "t4.review.total=0", "t4.suit_direct.total=0", "t4.suit_after_review.total=0"),
                row("没有因政府信息公开被申请行政复议、提起诉讼和申诉的案件发生",
                        "t4.review.total=0", "t4.suit_direct.total=0", "t4.suit_after_review.total=0"),
                row("共发生涉及政府信息公开的行政诉讼案件2件，被纠错0件",
                        "t4.suit_direct.total+t4.suit_after_review.total=2", "t4.suit_direct.corrected=0",
                        "t4.suit_after_review.corrected=0"),
                row("其中发布规范性文件4件", "t2.normative.issued=4"),
                row("本年内无规范性文件", "t2.normative.issued=0"),
                row("通过管委会网站公布行政许可5条、行政处罚2条", "t2.licensing.decisions=5", "t2.penalty.decisions=2"),
                row("通过政府网站主动公开各类信息共37件，其中机构设置3件、政策解读1件、部门文件11件、行政执法4件"),
                row("主动公开政府信息共862条"),
                row("本年度未收取信息处理费"));
    }

    private static Arguments row(String sentence, String... expected) {
        return Arguments.of(sentence, List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phrases")
    void extractsTheCellsItLists(String sentence, List<String> expected) {
        List<Figure> figures = new FigureExtractor(2021, FormatVersion.V2021, "某街道办事处").extract("overview", sentence);
        Set<String> got = new TreeSet<>();
        for (Figure f : figures) for (Reading r : f.readings()) for (Term t : r.terms()) got.add(t.toString());
        Set<String> want = new TreeSet<>();
        for (String e : expected) {
            if (e.equals("ALL_T3")) {
                for (String id : nianbao.model.CellIds.t3Cells(FormatVersion.V2021)) want.add(id + "=0");
            } else {
                want.add(e);
            }
        }
        assertEquals(want, got, () -> "figures: " + Arrays.toString(figures.toArray()));
    }
}

package nianbao.problems;

import org.junit.jupiter.api.Test;

import java.util.List;

import static nianbao.problems.StatementKind.*;
import static org.junit.jupiter.api.Assertions.*;

class StatementSplitterTest {
    private static List<StatementSplitter.Piece> split(String s) { return StatementSplitter.split(s); }

    @Test
    void splitsShiListAfterInlineHeadings() {
        var p = split("主要问题：一是标准化工作需进一步强化；二是公开意识需进一步提升。\n"
                + "改进措施：一是提高业务水平；二是推进平台建设。");
        assertEquals(4, p.size());
        assertEquals(new StatementSplitter.Piece("标准化工作需进一步强化", PROBLEM), p.get(0));
        assertEquals(PROBLEM, p.get(1).kind());
        assertEquals(new StatementSplitter.Piece("提高业务水平", REMEDY), p.get(2));
        assertEquals(REMEDY, p.get(3).kind());
    }

    @Test
    void bothPartsRunIntoOneParagraphStillSplitAtTheSecondHeading() {
        var p = split("存在的主要问题：一是信息公开内容不够丰富；二是政策解读质量有待提高。改进措施：一是加强信息发布审核；二是强化政策解读。");
        assertEquals(List.of(PROBLEM, PROBLEM, REMEDY, REMEDY), p.stream().map(StatementSplitter.Piece::kind).toList());
        assertEquals("加强信息发布审核", p.get(2).text());
    }

    @Test
    void headingLinesSetThePart() {
        var p = split("（一）存在的主要问题\n一是信息总量不大。二是宣传力度不大。\n（二）改进措施\n进一步完善内容。加强宣传。");
        assertEquals(List.of(PROBLEM, PROBLEM, REMEDY, REMEDY), p.stream().map(StatementSplitter.Piece::kind).toList());
        assertEquals("信息总量不大。", p.get(0).text());
    }

    @Test
    void numberedLinesWithoutHeadingsAreJudgedByTheirWords() {
        var p = split("1、强化履职尽责。实行专人负责制；\n2、强化监督检查。完善工作机制。");
        assertEquals(2, p.size());
        assertTrue(p.get(0).text().startsWith("强化履职尽责。实行专人负责制"));
        assertEquals(REMEDY, p.get(0).kind());
        assertEquals(REMEDY, p.get(1).kind());
    }

    @Test
    void mixedItemIsSplitAtTheTurnToRemedy() {
        var p = split("一是网站栏目更新不及时，下一步将安排专人每周巡检；二是政策解读形式单一，今后将增加图解。");
        assertEquals(List.of(PROBLEM, REMEDY, PROBLEM, REMEDY), p.stream().map(StatementSplitter.Piece::kind).toList());
        assertEquals("网站栏目更新不及时", p.get(0).text());
        assertEquals("下一步将安排专人每周巡检", p.get(1).text());
    }

    @Test
    void mixedParagraphOfSentences() {
        var p = split("我局信息公开工作存在宣传不够的问题。下一步，我局将加大宣传力度。同时加强人员培训。");
        assertEquals(List.of(PROBLEM, REMEDY, REMEDY), p.stream().map(StatementSplitter.Piece::kind).toList());
    }

    @Test
    void leadInSetsThePartAndIsNotAStatement() {
        var p = split("工作取得一定成绩，但仍存在一些问题和不足，一是内容不全面。二是凝聚性还需加强。\n下一步我街道将巩固成果。\n提高公开质量。");
        assertEquals(List.of(PROBLEM, PROBLEM, REMEDY, REMEDY), p.stream().map(StatementSplitter.Piece::kind).toList());
        assertEquals("内容不全面。", p.get(0).text());
    }

    @Test
    void firstSecondLastAndParenthesisedNumbers() {
        var p = split("首先，公开意识不强；其次，业务不熟；最后，制度不健全。");
        assertEquals(3, p.size());
        assertEquals("业务不熟", p.get(1).text());
        var q = split("（1）目录不规范。（2）检索功能弱。");
        assertEquals(2, q.size());
    }

    @Test
    void decimalsAndStrayNumbersDoNotSplit() {
        var p = split("全年发布信息3.5万条，较上年增长2.1%，但更新不及时。");
        assertEquals(1, p.size());
    }

    /** Section 五 as PDFBox prints a real PDF (2023_淮安市洪泽区人民政府.pdf): wrapped lines and a page number. */
    @Test
    void wrappedPdfLinesAndALeadInOfSentences() {
        var p = split("""
                2023 年，洪泽区政府信息公开工作取得一定的成效，但对照
                上级要求，仍存在一定差距。如依申请公开工作规范性还有待提
                高、政务公开内容的深度和广度还有待提升等。针对存在问题，下一步，将切实抓好以下工作：一
                是扎实推进依申请公开工作，全面梳理和优化工作流程。二是围绕中心工作，进一步梳理明
                确政务公开的重点领域。三是继续加强业务指导培训。实行政府信息公开工作
                - 5 -
                人员跟班学习制度。
                """);
        assertEquals(List.of(PROBLEM, PROBLEM, REMEDY, REMEDY, REMEDY), p.stream().map(StatementSplitter.Piece::kind).toList());
        assertEquals("如依申请公开工作规范性还有待提高、政务公开内容的深度和广度还有待提升等。", p.get(1).text());
        assertEquals("继续加强业务指导培训。实行政府信息公开工作人员跟班学习制度。", p.get(4).text());
    }

    /** 2024_淮安市人民政府.pdf: "需要加强和改进的地方。主要表现在：" announces problems; remedies split at ；. */
    @Test
    void problemsAnnouncedWithImprovementWording() {
        var p = split("""
                对照上级新要求和公众新期待，还有一些需要加强和改进的
                - 6 -
                地方。主要表现在：一是政策解读质量仍需提升，个别单位政策
                解读内容简单、形式单一；二是政务公开队伍建设还需进一步加
                强，个别单位存在人员配备不足、兼职多、流动性过快的问题。
                针对存在问题，下一步，我市将着力加强政策解读质效，重
                点提升解读的针对性和通俗化；建立健全“传帮带”机制，定期组织业务培训。
                """);
        assertEquals(List.of(PROBLEM, PROBLEM, PROBLEM, REMEDY, REMEDY), p.stream().map(StatementSplitter.Piece::kind).toList());
        assertTrue(p.get(1).text().startsWith("政策解读质量仍需提升"));
        assertEquals("建立健全“传帮带”机制，定期组织业务培训。", p.get(4).text());
    }
}

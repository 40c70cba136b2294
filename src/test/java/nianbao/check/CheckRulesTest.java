package nianbao.check;

import nianbao.check.rules.Rules;
import nianbao.model.Note;
import nianbao.model.Region;
import nianbao.model.Report;
import nianbao.model.SectionKey;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule on reports built for it: the clean report raises nothing; one defect raises exactly its rule. */
class CheckRulesTest {
    private static final Checker CHECKER = new Checker();

    static List<Finding> findings(Report r) { return CHECKER.check(r); }

    static List<Finding> findings(Report r, String rule) {
        return findings(r).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    static Set<String> rules(Report r) {
        return findings(r).stream().map(Finding::rule).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void cleanReportsRaiseNothing() {
        assertEquals(List.of(), findings(ReportFixture.v2021().build()));
        assertEquals(List.of(), findings(ReportFixture.v2019().build()));
    }

    @Test
    void everyRuleOfRulesMdHasOneClassInTheRegistry() throws Exception {
        Set<String> registered = Rules.all().stream().map(Rule::id).collect(Collectors.toSet());
        assertEquals(Rules.all().size(), registered.size(), "one class per rule");
        Set<String> specified = new TreeSet<>(List.of("T3_BALANCE", "T3_ROW_TOTAL", "T3_RESULT_TOTAL", "T4_GROUP_TOTAL",
                "T_NOT_COUNT", "T3_ZERO_PROPAGATION", "SECTION_MISSING", "T_ROW_MISSING", "T_BLANK_CELL",
                "T_DUPLICATE_BLOCK", "FORMAT_OUTDATED", "YEAR_MISMATCH", "PROBLEMS_ONE_SIDED", "PROBLEMS_EMPTY",
                "FEE_STATEMENT_MISSING", "NARRATIVE_TABLE_MISMATCH", "NARRATIVE_INTERNAL_MISMATCH",
                "CROSS_YEAR_CARRYOVER", "CROSS_YEAR_STOCK", "FEE_INCONSISTENT", "COPIED_TEXT"));
        Path spec = Path.of("..", "shared", "spec", "RULES.md");
        if (Files.exists(spec)) {
            Matcher m = Pattern.compile("^\\| `([A-Z0-9_]+)`", Pattern.MULTILINE).matcher(Files.readString(spec));
            while (m.find()) specified.add(m.group(1));
        }
        assertEquals(specified, new TreeSet<>(registered));
    }

    // ---- table arithmetic ----

    @Test
    void balanceHoldsPerColumn() {
        Report r = ReportFixture.v2021().noNarrative().t3Row("new", 2, 0).t3Row("result_total", 1, 0)
                .t3Row("disclosed", 1, 0).build();
        List<Finding> f = findings(r, "T3_BALANCE");
        assertEquals(2, f.size(), f.toString()); // natural and total columns
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals(new BigDecimal(2), f.get(0).expected());
        assertEquals(new BigDecimal(1), f.get(0).actual());
        assertTrue(f.get(0).cells().contains("t3.carried_out.natural"));
        assertEquals(Set.of("T3_BALANCE"), rules(r));
    }

    @Test
    void balancedTableWithCarryOverIsClean() {
        Report r = ReportFixture.v2021().noNarrative().t3Row("new", 2, 1).t3Row("carried_in", 1, 0).t3Row("disclosed", 1, 1)
                .t3Row("result_total", 1, 1).t3Row("carried_out", 2, 0).build();
        assertEquals(Set.of(), rules(r));
    }

    @Test
    void rowTotalIsTheSumOfApplicants() {
        Report r = ReportFixture.v2021().cell("t4.review.upheld", 0).cell("t3.disclosed.natural", 1)
                .cell("t3.disclosed.total", 0).build();
        List<Finding> f = findings(r, "T3_ROW_TOTAL");
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("予以公开"), f.get(0).message());
        assertFalse(f.get(0).evidence().isEmpty());
    }

    @Test
    void resultTotalIsTheSumOfResults() {
        Report r = ReportFixture.v2021().t3Row("new", 3, 0).t3Row("disclosed", 1, 0).t3Row("partial", 1, 0)
                .t3Row("result_total", 3, 0).build();
        List<Finding> f = findings(r, "T3_RESULT_TOTAL");
        assertEquals(2, f.size(), f.toString());
        assertEquals(new BigDecimal(2), f.get(0).expected());
        assertEquals(new BigDecimal(3), f.get(0).actual());
    }

    @Test
    void reviewGroupTotals() {
        Report r = ReportFixture.v2021().cell("t4.review.upheld", 1).cell("t4.review.pending", 1)
                .cell("t4.review.total", 1).build();
        List<Finding> f = findings(r, "T4_GROUP_TOTAL");
        assertEquals(1, f.size());
        assertEquals(List.of("t4.review.upheld", "t4.review.corrected", "t4.review.other", "t4.review.pending",
                "t4.review.total"), f.get(0).cells());
        assertEquals(Set.of("T4_GROUP_TOTAL"), rules(r));
    }

    @Test
    void countsAreWholeAndNonNegative() {
        Report r = ReportFixture.v2021().cell("t4.suit_direct.other", "-1").cell("t3.partial.legal", "0.5").build();
        List<Finding> f = findings(r, "T_NOT_COUNT");
        assertEquals(2, f.size());
        assertTrue(f.stream().allMatch(x -> x.severity() == Severity.ERROR));
    }

    @Test
    void nothingInMeansNothingOut() {
        Report r = ReportFixture.v2021().cell("t3.carried_out.research", 1).cell("t3.carried_out.total", 1).build();
        List<Finding> f = findings(r, "T3_ZERO_PROPAGATION");
        assertEquals(2, f.size()); // the research column and the total column
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).cells().contains("t3.carried_out.research"));
    }

    @Test
    void nullCellIsUncheckableNotAnError() {
        Report r = ReportFixture.v2021().cell("t3.new.business", null).build();
        Set<String> fired = rules(r);
        assertTrue(fired.contains("T_UNCHECKABLE"), fired.toString());
        assertTrue(fired.contains("T_BLANK_CELL"), fired.toString());
        assertTrue(findings(r).stream().noneMatch(f -> f.severity() == Severity.ERROR), findings(r).toString());
        Finding u = findings(r, "T_UNCHECKABLE").get(0);
        assertTrue(u.message().contains("t3.new.business"), u.message());
        assertEquals(Severity.INFO, u.severity());
    }

    // ---- completeness and format ----

    @Test
    void missingSectionsAndEmptyTables() {
        Report r = ReportFixture.v2021().without(SectionKey.OTHER).absentPrefix("t4.").build();
        List<Finding> f = findings(r, "SECTION_MISSING");
        assertEquals(2, f.size(), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.message().contains("其他需要报告的事项")));
        assertTrue(f.stream().anyMatch(x -> x.message().contains("行政复议")));
    }

    @Test
    void missingRowIsNamed() {
        Report r = ReportFixture.v2021().absentPrefix("t3.carried_out.").build();
        List<Finding> f = findings(r, "T_ROW_MISSING");
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("结转下年度"));
        assertTrue(findings(r).stream().noneMatch(x -> x.severity() == Severity.ERROR));
    }

    @Test
    void missingTable2Block() {
        Report r = ReportFixture.v2021().absentPrefix("t2.fees.").build();
        assertEquals(1, findings(r, "T_ROW_MISSING").size());
        assertTrue(findings(r, "T_ROW_MISSING").get(0).message().contains("第二十条第（八）项"));
    }

    @Test
    void singleOtherRowIn2021TableIsOneMissingRowAndStillAddsUp() {
        ReportFixture f = ReportFixture.v2021().noNarrative();
        for (String c : nianbao.model.CellIds.T3_COLUMNS) f.cell("t3.other." + c, 0);
        f.t3Row("new", 2, 0).t3Row("other", 1, 0)
                .t3Row("disclosed", 1, 0).t3Row("result_total", 2, 0);
        for (String r : List.of("other_no_correction", "other_no_fee", "other_other")) f.absentPrefix("t3." + r + ".");
        Report r = f.build();
        assertEquals(Set.of("T_ROW_MISSING"), rules(r), findings(r).toString());
        assertTrue(findings(r, "T_ROW_MISSING").get(0).message().contains("只印了一行"));
    }

    @Test
    void blankCellsButNotUncertainOnes() {
        Report r = ReportFixture.v2021().cell("t2.penalty.decisions", null).build();
        assertEquals(1, findings(r, "T_BLANK_CELL").size());
        Report shortRow = ReportFixture.v2021().cell("t3.partial.legal", null)
                .note(new Note("short_row", "短行", 3, List.of("t3.partial.legal"))).build();
        assertEquals(0, findings(shortRow, "T_BLANK_CELL").size());
        assertFalse(findings(shortRow, "T_UNCHECKABLE").isEmpty());
        assertTrue(findings(shortRow).stream().allMatch(x -> x.severity() == Severity.INFO));
    }

    @Test
    void duplicateBlockSaysWhetherCopiesAgree() {
        String block = "\t第二十条第（一）项\n\t信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n\t规章\t0\t0\t";
        Report same = ReportFixture.v2021().section(SectionKey.ACTIVE, block + "0\n\t第二十条第（五）项\n" + block + "0\n").build();
        List<Finding> f = findings(same, "T_DUPLICATE_BLOCK");
        assertEquals(1, f.size());
        assertEquals(Severity.INFO, f.get(0).severity());
        assertTrue(f.get(0).message().contains("一致") && !f.get(0).message().contains("不一致"));
        assertEquals(2, f.get(0).evidence().size());
        Report differ = ReportFixture.v2021().section(SectionKey.ACTIVE, block + "0\n" + block + "3\n").build();
        assertTrue(findings(differ, "T_DUPLICATE_BLOCK").get(0).message().contains("不一致"));
    }

    @Test
    void outdatedFormat() {
        Report r = ReportFixture.v2019().year(2021).section(SectionKey.OVERVIEW, "2021年，我街道未收到政府信息公开申请。").build();
        assertEquals(1, findings(r, "FORMAT_OUTDATED").size());
        Report cited = ReportFixture.v2021().section(SectionKey.OTHER,
                "本报告按照国办公开办函〔2019〕60号编制。本年度未收取信息处理费。").build();
        List<Finding> f = findings(cited, "FORMAT_OUTDATED");
        assertEquals(1, f.size());
        assertEquals("国办公开办函〔2019〕60号", f.get(0).evidence().get(0).text());
        assertEquals(0, findings(ReportFixture.v2019().build(), "FORMAT_OUTDATED").size()); // a 2020 report
    }

    @Test
    void staleYearButNotPlansOrComparisons() {
        Report r = ReportFixture.v2021().section(SectionKey.OVERVIEW,
                "2020年，我街道共收到政府信息公开申请0件。2022年，我街道将继续加强政务公开。"
                        + "2020年以来，我街道持续推进公开工作。").build();
        List<Finding> f = findings(r, "YEAR_MISMATCH");
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).evidence().get(0).text().startsWith("2020年，我街道共收到"));
        // the figure belongs to another period: never a narrative/table error
        assertEquals(0, findings(r, "NARRATIVE_TABLE_MISMATCH").size());
    }

    @Test
    void staleStatisticsPeriod() {
        Report r = ReportFixture.v2021().preamble("本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。").build();
        List<Finding> f = findings(r, "YEAR_MISMATCH");
        assertEquals(1, f.size(), f.toString());
        Evidence e = f.get(0).evidence().get(0);
        assertEquals("text", e.section());
        assertEquals(r.text().substring(e.start(), e.end()), e.text());
        assertTrue(e.text().contains("2020年1月1日"));
        Report fine = ReportFixture.v2021().preamble("本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。").build();
        assertEquals(0, findings(fine, "YEAR_MISMATCH").size());
    }

    @Test
    void aRuleThatFailsIsReportedAndTheOthersStillRun() {
        Rule broken = new Rule() {
            public String id() { return "BROKEN"; }
            public String title() { return "坏规则 (broken)"; }
            public List<Finding> check(CheckContext ctx) { throw new IllegalStateException("boom"); }
        };
        Report empty = ReportFixture.v2021().section(SectionKey.PROBLEMS, "无。").build();
        List<Finding> f = new Checker(List.of(broken, new nianbao.check.rules.ProblemsEmpty())).check(empty);
        assertEquals(Set.of("CHECK_FAILED", "PROBLEMS_EMPTY"), f.stream().map(Finding::rule).collect(Collectors.toSet()));
        assertTrue(f.stream().anyMatch(x -> x.message().contains("BROKEN") && x.message().contains("boom")));
    }

    @Test
    void cellsAreNamedByTheirPrintedLabelsInMessages() {
        assertEquals("表二「行政规范性文件·本年制发件数」", Labels.cell("t2.normative.issued"));
        assertEquals("表三「本年新收·自然人」", Labels.cell("t3.new.natural"));
        assertEquals("表四「行政复议·尚未审结」", Labels.cell("t4.review.pending"));
    }

    @Test
    void problemsOneSidedAndEmpty() {
        Report remediesOnly = ReportFixture.v2021().section(SectionKey.PROBLEMS,
                "1、强化履职尽责。实行专人负责制。2、强化监督检查，坚持对标找差距。3、加强宣传培训。").build();
        assertEquals(List.of("第五部分只列改进措施，没有写明存在的问题"),
                findings(remediesOnly, "PROBLEMS_ONE_SIDED").stream().map(Finding::message).toList());
        Report problemsOnly = ReportFixture.v2021().section(SectionKey.PROBLEMS,
                "一是公开内容不够丰富；二是更新不及时，时效性不强。").build();
        assertEquals(1, findings(problemsOnly, "PROBLEMS_ONE_SIDED").size());
        Report subtle = ReportFixture.v2021().section(SectionKey.PROBLEMS,
                "一是部分栏目更新较慢；二是政策解读形式单一。下一步，我街道将加强栏目维护，丰富解读形式。").build();
        assertEquals(0, findings(subtle, "PROBLEMS_ONE_SIDED").size());
        Report filler = ReportFixture.v2021().section(SectionKey.PROBLEMS, "本年度暂无。——————〔无〕").build();
        assertEquals(Set.of("PROBLEMS_EMPTY"), rules(filler), "empty by the problems analysis's own test");
        assertEquals(nianbao.problems.Balance.EMPTY, nianbao.problems.ProblemAnalyzer.balance(filler));
        Report empty = ReportFixture.v2021().section(SectionKey.PROBLEMS, "无。").build();
        assertEquals(Set.of("PROBLEMS_EMPTY"), rules(empty));
    }

    @Test
    void feeStatement() {
        Report silent = ReportFixture.v2021().section(SectionKey.OTHER, "无。").build();
        assertEquals(Set.of("FEE_STATEMENT_MISSING"), rules(silent));
        Report table2Fee = ReportFixture.v2021().section(SectionKey.OTHER, "无其他需要报告的事项。").build();
        assertEquals(1, findings(table2Fee, "FEE_STATEMENT_MISSING").size());
        assertEquals(0, findings(ReportFixture.v2019().section(SectionKey.OTHER, "无。").build(),
                "FEE_STATEMENT_MISSING").size()); // 2019 version: no such requirement
        Report inconsistent = ReportFixture.v2021().t3Row("new", 1, 0).t3Row("other_no_fee", 1, 0)
                .t3Row("result_total", 1, 0).section(SectionKey.OVERVIEW, "2021年，我街道收到政府信息公开申请1件。")
                .build();
        List<Finding> f = findings(inconsistent, "FEE_INCONSISTENT");
        assertEquals(1, f.size());
        assertEquals(new BigDecimal(1), f.get(0).actual());
    }

    // ---- narrative against tables ----

    @Test
    void statedCountDiffersFromTable() {
        Report r = ReportFixture.v2021().t3Row("new", 3, 0).t3Row("disclosed", 3, 0).t3Row("result_total", 3, 0)
                .section(SectionKey.OVERVIEW, "2021年，我街道共收到政府信息公开申请2件，都在法定期限内予以答复。").build();
        List<Finding> f = findings(r, "NARRATIVE_TABLE_MISMATCH");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals(new BigDecimal(3), f.get(0).expected());
        assertEquals(new BigDecimal(2), f.get(0).actual());
        Evidence e = f.get(0).evidence().get(0);
        assertEquals("overview", e.section());
        assertEquals(r.sectionText(SectionKey.OVERVIEW).substring(e.start(), e.end()), e.text());
    }

    @Test
    void ambiguousVerbFitsAnyReading() {
        // 办理13件 = 新收12 + 上年结转1: fits the second reading
        Report r = ReportFixture.v2021().t3Row("new", 12, 0).t3Row("carried_in", 1, 0).t3Row("disclosed", 10, 0)
                .t3Row("result_total", 10, 0).t3Row("carried_out", 3, 0)
                .section(SectionKey.OVERVIEW, "全年办理政府信息依申请公开13件。").build();
        assertEquals(0, findings(r, "NARRATIVE_TABLE_MISMATCH").size());
        Report none = ReportFixture.v2021().t3Row("new", 12, 0).t3Row("carried_in", 2, 0).t3Row("disclosed", 10, 0)
                .t3Row("result_total", 10, 0).t3Row("carried_out", 4, 0)
                .section(SectionKey.OVERVIEW, "全年办理政府信息依申请公开13件。").build();
        List<Finding> f = findings(none, "NARRATIVE_TABLE_MISMATCH");
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("按「本年新收」"), f.get(0).message());
    }

    @Test
    void scopeTrapsRaiseNoError() {
        Report r = ReportFixture.v2021().agency("某某区人民政府")
                .t3Row("new", 95, 0).t3Row("disclosed", 95, 0).t3Row("result_total", 95, 0)
                .cell("t4.review.upheld", 170).cell("t4.review.total", 170)
                .cell("t4.suit_direct.upheld", 77).cell("t4.suit_direct.total", 77)
                .section(SectionKey.OVERVIEW, "全区共受理政府信息公开申请95件。区政府办全年共受理政府信息公开申请17件。"
                        + "全年办理行政复议、行政诉讼案件备案审查，备案行政复议案件134件、行政诉讼案件57件。"
                        + "全年主动公开政府信息621条，其中通过微信公众号发布信息331条。"
                        + "2020年，全区共受理政府信息公开申请80件，同比增长18.8%。")
                .build();
        List<Finding> f = findings(r);
        assertTrue(f.stream().noneMatch(x -> x.severity() != Severity.INFO), f.toString());
        assertTrue(findings(r, "NARRATIVE_TABLE_MISMATCH").isEmpty(), f.toString());
    }

    @Test
    void oneApplicantTypeNamedIsNotAClaimAboutTheTotal() {
        Report r = ReportFixture.v2021().t3Row("new", 8, 2).t3Row("disclosed", 8, 2).t3Row("result_total", 8, 2)
                .section(SectionKey.OVERVIEW, "全年共收到政府信息公开申请10件。2021年，街道收到自然人书面信息公开申请8件。").build();
        assertEquals(Set.of(), rules(r), findings(r).toString());
        Report wrong = ReportFixture.v2021().t3Row("new", 8, 2).t3Row("disclosed", 8, 2).t3Row("result_total", 8, 2)
                .section(SectionKey.OVERVIEW, "2021年，街道收到自然人书面信息公开申请7件。").build();
        assertEquals(1, findings(wrong, "NARRATIVE_TABLE_MISMATCH").size());
    }

    @Test
    void consistentReportsInRealWordingRaiseNothing() {
        Report hanyang = ReportFixture.v2021().agency("武汉市汉阳区人民政府办公室").year(2022)
                .t3Row("new", 8, 0).t3Row("disclosed", 2, 0).t3Row("partial", 2, 0).t3Row("withheld_process", 1, 0)
                .t3Row("unable_not_held", 2, 0).t3Row("other_other", 1, 0).t3Row("result_total", 8, 0)
                .section(SectionKey.OVERVIEW, "2022年，区政府办公室认真贯彻执行《条例》。")
                .section(SectionKey.APPLICATIONS, "2022年，区政府办公室共收到8份政府信息公开申请，均为自然人申请。其中，予以公开2件，"
                        + "部分公开2件，属于四类过程性性信息1件，本办不掌握相关政府信息2件，其他1件（申请人自主撤销）。无下年度结转。\n"
                        + "\t一、本年新收政府信息公开申请数量\t8\t0\t0\t0\t0\t0\t8\n")
                .build();
        assertEquals(Set.of(), rules(hanyang), findings(hanyang).toString());
        Report district = ReportFixture.v2021().agency("某某区人民政府").year(2022)
                .t3Row("new", 1400, 99).t3Row("carried_in", 30, 0).t3Row("disclosed", 900, 66)
                .t3Row("partial", 530, 33).t3Row("result_total", 1430, 99)
                .section(SectionKey.OVERVIEW, "2022年，全区各职能部门、镇街共收到政府信息依申请公开1499件。其中，通过网络申请1303件，"
                        + "占86.92%；通过信函申请172件，占11.47%；通过当面申请24件，占1.60%。2022年，全区各职能部门、镇街共完成"
                        + "政府信息依申请公开答复1529件，包括上年结转信息公开申请30件。其中，予以公开答复966件，部分公开563件。"
                        + "全年未发生依申请公开政府信息方面的行政复议和行政诉讼。")
                .build();
        assertEquals(Set.of(), rules(district), findings(district).toString());
    }

    @Test
    void partLargerThanWholeIsOnlyInfo() {
        Report r = ReportFixture.v2021().t3Row("new", 3, 0).t3Row("disclosed", 3, 0).t3Row("result_total", 3, 0)
                .section(SectionKey.OVERVIEW, "全年通过网上申请平台收到政府信息公开申请5件。").build();
        List<Finding> f = findings(r, "NARRATIVE_TABLE_MISMATCH");
        assertEquals(1, f.size());
        assertEquals(Severity.INFO, f.get(0).severity());
    }

    @Test
    void zeroClaimAgainstTable() {
        Report r = ReportFixture.v2021().cell("t4.review.pending", 1).cell("t4.review.total", 1)
                .section(SectionKey.OVERVIEW, "2021年，我街道未收到政府信息公开申请，没有行政复议、行政诉讼的情况。").build();
        List<Finding> f = findings(r, "NARRATIVE_TABLE_MISMATCH");
        assertEquals(1, f.size());
        assertEquals(List.of("t4.review.total"), f.get(0).cells());
    }

    @Test
    void completionClaimAgainstCarryOver() {
        Report r = ReportFixture.v2021().t3Row("new", 1, 0).t3Row("carried_out", 1, 0)
                .section(SectionKey.OVERVIEW, "2021年，街道收到自然人书面信息公开申请1件，严格按照有关规定进行办理和答复。").build();
        List<Finding> f = findings(r, "NARRATIVE_TABLE_MISMATCH");
        assertEquals(1, f.size());
        assertEquals(List.of("t3.carried_out.total"), f.get(0).cells());
        assertEquals(BigDecimal.ONE, f.get(0).expected());
    }

    @Test
    void approximateFiguresAreNotCompared() {
        Report r = ReportFixture.v2021().t3Row("new", 95, 0).t3Row("disclosed", 95, 0).t3Row("result_total", 95, 0)
                .section(SectionKey.OVERVIEW, "全年共受理政府信息公开申请近百件。").build();
        assertEquals(0, findings(r, "NARRATIVE_TABLE_MISMATCH").size());
    }

    @Test
    void nullCellMakesTheFigureUncheckable() {
        Report r = ReportFixture.v2021().cell("t3.new.total", null)
                .section(SectionKey.OVERVIEW, "2021年，我街道共收到政府信息公开申请2件。").build();
        assertEquals(0, findings(r, "NARRATIVE_TABLE_MISMATCH").size());
        assertTrue(findings(r, "T_UNCHECKABLE").stream().anyMatch(f -> f.message().contains("收到政府信息公开申请2件")));
    }

    @Test
    void narrativeContradictsItself() {
        Report twice = ReportFixture.v2021().t3Row("new", 3, 0).t3Row("disclosed", 3, 0).t3Row("result_total", 3, 0)
                .section(SectionKey.OVERVIEW, "2021年，我街道收到政府信息公开申请3件。")
                .section(SectionKey.OTHER, "本年度未收到政府信息公开申请，未收取信息处理费。").build();
        assertEquals(1, findings(twice, "NARRATIVE_INTERNAL_MISMATCH").size());
        Report parts = ReportFixture.v2021().section(SectionKey.OVERVIEW,
                "全年主动公开政府信息30条，其中政策解读20条、工作动态15条。全年主动公开政府信息40条，其中政策解读20条、工作动态15条。").build();
        List<Finding> f = findings(parts, "NARRATIVE_INTERNAL_MISMATCH");
        assertEquals(1, f.size(), f.toString());
        assertEquals(new BigDecimal(30), f.get(0).expected());
        assertEquals(new BigDecimal(35), f.get(0).actual());
        Report visits = ReportFixture.v2021().section(SectionKey.OVERVIEW,
                "全年接待群众查阅30件次，其中现场查阅20件次、电话咨询15件次。").build();
        assertEquals(1, findings(visits, "NARRATIVE_INTERNAL_MISMATCH").size(), "件次 counts items, as PHRASES.md lists it");
        Report flow = ReportFixture.v2021().t3Row("new", 354, 0).t3Row("disclosed", 353, 0).t3Row("result_total", 353, 0)
                .t3Row("carried_out", 1, 0).section(SectionKey.OVERVIEW, "共计受理办理政府信息公开申请354件。其中，"
                        + "2021年新收政府信息公开申请354件，结转上年政府信息公开申请0件，办理完成353件，结转2022年度继续办理1件。").build();
        assertEquals(Set.of(), rules(flow), findings(flow).toString());
        Report notABreakdown = ReportFixture.v2021().t3Row("new", 1423, 0).t3Row("carried_in", 30, 0)
                .t3Row("disclosed", 966, 0).t3Row("partial", 487, 0).t3Row("result_total", 1453, 0)
                .section(SectionKey.OVERVIEW, "全区共完成政府信息依申请公开答复1453件，包括上年结转信息公开申请30件。"
                        + "其中，予以公开答复966件，部分公开487件。").build();
        assertEquals(Set.of(), rules(notABreakdown), findings(notABreakdown).toString());
        Report results = ReportFixture.v2021().section(SectionKey.OVERVIEW,
                "共收到8份政府信息公开申请。其中，予以公开2件，部分公开5件，不予公开3件。").build();
        assertEquals(1, findings(results, "NARRATIVE_INTERNAL_MISMATCH").size(), findings(results).toString());
    }

    // ---- across reports ----

    @Test
    void carryOverAcrossYearsWithNormalisedNames() {
        Report y2021 = ReportFixture.v2021().agency("城中区城中街道办事处").t3Row("new", 1, 0).t3Row("carried_out", 1, 0)
                .section(SectionKey.OVERVIEW, "全年收到政府信息公开申请1件，正在办理中。").build();
        Report y2022 = ReportFixture.v2021().agency("城中街道办").year(2022)
                .section(SectionKey.OVERVIEW, "2022年，我街道未收到政府信息公开申请。").build();
        List<Checker.Result> results = CHECKER.checkAll(List.of(y2021, y2022));
        List<Finding> f = results.get(1).findings().stream().filter(x -> x.rule().equals("CROSS_YEAR_CARRYOVER")).toList();
        assertEquals(2, f.size(), results.get(1).findings().toString()); // natural and total
        assertEquals(Severity.WARNING, f.get(0).severity());
        // the two fixtures share their section 五 word for word: COPIED_TEXT says so, and nothing else is found
        assertTrue(results.get(0).findings().stream().allMatch(x -> x.rule().equals("COPIED_TEXT")),
                results.get(0).findings().toString());
        // a same-named agency in another county is another agency
        Report elsewhere = ReportFixture.v2021().agency("城中街道办").year(2022)
                .region(new Region("广西壮族自治区", "柳州市", "城中区")).build();
        Report here = ReportFixture.v2021().agency("城中街道办事处").t3Row("new", 1, 0).t3Row("carried_out", 1, 0)
                .region(new Region("青海省", "西宁市", "城中区")).build();
        assertTrue(CHECKER.checkAll(List.of(here, elsewhere)).get(1).findings().stream()
                .noneMatch(x -> x.rule().equals("CROSS_YEAR_CARRYOVER")));
    }

    @Test
    void stockOfNormativeDocumentsAcrossYears() {
        Report y2021 = ReportFixture.v2021().agency("潮鸣街道办事处").cell("t2.normative.in_force", 10).build();
        Report y2022 = ReportFixture.v2021().agency("潮鸣街道").year(2022)
                .section(SectionKey.OVERVIEW, "2022年，我街道未收到政府信息公开申请。")
                .cell("t2.normative.issued", 2).cell("t2.normative.repealed", 1).cell("t2.normative.in_force", 12).build();
        List<Finding> f = CHECKER.checkAll(List.of(y2021, y2022)).get(1).findings();
        List<Finding> stock = f.stream().filter(x -> x.rule().equals("CROSS_YEAR_STOCK")).toList();
        assertEquals(1, stock.size(), f.toString());
        assertEquals(Severity.INFO, stock.get(0).severity());
        assertEquals(new BigDecimal(11), stock.get(0).expected());
    }

    @Test
    void findingCounts() {
        Report r = ReportFixture.v2021().section(SectionKey.OTHER, "无。").section(SectionKey.PROBLEMS, "无。").build();
        List<Finding> f = findings(r);
        assertEquals(java.util.Map.of("warning", 2), Checker.countBySeverity(f));
        assertEquals(java.util.Map.of("FEE_STATEMENT_MISSING", 1, "PROBLEMS_EMPTY", 1), Checker.countByRule(f));
    }

    @Test
    void corpusSharesOneComputationAcrossReports() {
        Corpus c = new Corpus(List.of(ReportFixture.v2021().build()));
        int[] calls = {0};
        for (int i = 0; i < 3; i++) c.shared("index", () -> ++calls[0]);
        assertEquals(1, calls[0]);
    }
}

package nianbao.compare;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TextKeyTest {
    @Test
    void agencyNamesIncludeTheLocalAndBareForms() {
        assertEquals(List.of("富阳区湖源乡", "湖源乡"), TextKey.agencyNames("富阳区湖源乡"));
        assertEquals(List.of("潮鸣街道办事处", "潮鸣街道"), TextKey.agencyNames("潮鸣街道办事处"));
        assertEquals(List.of(), TextKey.agencyNames(null));
    }

    @Test
    void masksNamesAndFiguresAndDropsPunctuation() {
        String a = TextKey.of("2021年，潮鸣街道共发布信息37.5条（含 APP）。", TextKey.agencyNames("潮鸣街道办事处"));
        String b = TextKey.of("２０２２年,望江街道共发布信息6条(含APP)", TextKey.agencyNames("望江街道办事处"));
        assertEquals("#年〇共发布信息#条含APP", a);
        assertEquals(a, b);
    }

    @Test
    void sharedPassagesJoinConsecutiveSentences() {
        String a = "甲乙丙丁戊己庚辛一。甲乙丙丁戊己庚辛二。我们不同的句子在这里。甲乙丙丁戊己庚辛三。";
        String b = "甲乙丙丁戊己庚辛三。另外的话语不一样呀。甲乙丙丁戊己庚辛一。甲乙丙丁戊己庚辛二。";
        assertEquals(List.of("甲乙丙丁戊己庚辛一。甲乙丙丁戊己庚辛二。", "甲乙丙丁戊己庚辛三。"),
                SharedPassages.passages(a, List.of(), b, List.of()));
        assertEquals(3, SharedPassages.sentences(a, List.of(), b, List.of()).size());
    }

    @Test
    void unknownAgenciesAreNeverTheSameAgency() {
        ReportRef a = new ReportRef("a", "a.txt", null, 2020, "", null), b = new ReportRef("b", "b.txt", null, 2021, "", null);
        assertNotEquals(a.agencyKey(), b.agencyKey());
        assertEquals(CopyKind.OTHER_AGENCY, CopyKind.of(b, a));
        ReportRef c = new ReportRef("c", "c.txt", "甲镇", 2020, "浙江省", new nianbao.model.Region("浙江省", null, null)), d = new ReportRef("d", "d.txt", "甲镇", 2021, "浙江省", new nianbao.model.Region("浙江省", null, null));
        assertEquals(CopyKind.EARLIER_YEAR, CopyKind.of(d, c));
        assertEquals(CopyKind.SAME_AGENCY, CopyKind.of(c, d));
        ReportRef e = new ReportRef("e", "e.txt", "甲镇人民政府", 2019, "浙江省", new nianbao.model.Region("浙江省", null, null));
        assertEquals(CopyKind.EARLIER_YEAR, CopyKind.of(c, e));
    }

    @Test
    void namesakesElsewhereAreDifferentAgenciesAndAnUnknownRegionDoesNotSplitOne() {
        // the checker's cross-year rules and COPIED_TEXT must give the same answer (model.AgencyNames.same)
        ReportRef yuzhong = new ReportRef("y", "y.txt", "城关镇人民政府", 2020, "", new nianbao.model.Region("甘肃省", "兰州市", "榆中县"));
        ReportRef qinan = new ReportRef("q", "q.txt", "城关镇人民政府", 2021, "", new nianbao.model.Region("甘肃省", "天水市", "秦安县"));
        assertEquals(CopyKind.OTHER_AGENCY, CopyKind.of(qinan, yuzhong));
        ReportRef known = new ReportRef("k", "k.txt", "潮鸣街道办事处", 2020, "", new nianbao.model.Region("浙江省", "杭州市", null));
        ReportRef unknown = new ReportRef("u", "u.txt", "潮鸣街道", 2021, "", null);
        assertEquals(CopyKind.EARLIER_YEAR, CopyKind.of(unknown, known));
    }

    @Test
    void agencyNamesNeverIncludeTheWordsEveryReportUses() {
        assertEquals(List.of("淮安市人民政府", "淮安市政府", "淮安市"), TextKey.agencyNames("淮安市人民政府"));
        List<String> office = TextKey.agencyNames("杭州市人民政府办公室");
        assertTrue(office.stream().noneMatch(n -> n.equals("人民") || n.equals("人民政府") || n.equals("杭州市人民")), office.toString());
        assertTrue(TextKey.agencyNames("城中街道办").contains("城中街道"));
    }
}

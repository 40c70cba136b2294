package nianbao.parse.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import nianbao.model.Region;
import nianbao.model.Report;
import nianbao.parse.ReportLoader;
import org.junit.jupiter.api.Test;

class RegionResolverTest {
    private static final Path CORPUS = Path.of("corpus");

    /** Resolves a seed report the way the parser will: agency from the file name, title from the first line. */
    private static Region seed(String fileName) throws IOException {
        Path file = CORPUS.resolve(fileName);
        assumeTrue(Files.isRegularFile(file), "样本缺失，跳过 / seed missing, skipped: " + file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String agency = fileName.replaceFirst("^\\d{4}_", "").replaceFirst("\\.txt$", "");
        String title = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        return RegionResolver.resolve(agency, title, text);
    }

    private static Region region(String province, String city, String county) {
        return new Region(province, city, county);
    }

    // --- the five seed reports ---

    @Test
    void huyuanTownshipIsInFuyang() throws IOException {
        assertEquals(region("浙江省", "杭州市", "富阳区"), seed("2021_富阳区湖源乡.txt"));
    }

    @Test
    void renweiStreetIsInXiangshan() throws IOException {
        assertEquals(region("安徽省", "淮北市", "相山区"), seed("2021_相山区任圩街道办事处.txt"));
    }

    @Test
    void chengzhongStreetIsInLiuzhou() throws IOException {
        assertEquals(region("广西壮族自治区", "柳州市", "城中区"), seed("2021_城中区城中街道办事处.txt"));
    }

    @Test
    void chengzhongStreetIsSettledByTheSignatureWhenTheAgencyLacksTheDistrict() throws IOException {
        Path file = CORPUS.resolve("2021_城中区城中街道办事处.txt");
        assumeTrue(Files.isRegularFile(file), "样本缺失，跳过 / seed missing, skipped: " + file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(region("广西壮族自治区", "柳州市", "城中区"), RegionResolver.resolve("城中街道办事处", null, text));
    }

    @Test
    void chaomingStreetIsInHangzhou() throws IOException {
        // 潮鸣街道 is unique in the gazetteer (拱墅区 since the 2021 merger); the text's 杭州市 agrees.
        assertEquals(region("浙江省", "杭州市", "拱墅区"), seed("2021_潮鸣街道办事处.txt"));
    }

    @Test
    void qinyuanStreetStaysInHenanOnly() throws IOException {
        // 沁园街道 exists in 济源市 and in 沁阳市 (焦作市); the text (豫事办, 全市) fits both, so only the
        // province is certain.
        assertEquals(region("河南省", null, null), seed("2020_沁园街道办事处.txt"));
    }

    @Test
    void everySeedGetsAtLeastAProvince() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "corpus/ 缺失，跳过 / corpus/ missing, skipped");
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                assertTrue(seed(f.getFileName().toString()).province() != null, f.toString());
            }
        }
    }

    @Test
    void seedsThroughTheParserGetTheSameRegions() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "corpus/ 缺失，跳过 / corpus/ missing, skipped");
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Report r = ReportLoader.load(f);
                assertEquals(seed(f.getFileName().toString()), RegionResolver.resolve(r.agency(), r.title(), r.text()),
                        f.toString());
            }
        }
    }

    @Test
    void suffixedAbbreviationsAndShortNamesInTheHeading() {
        assertEquals(region("湖北省", "宜昌市", "长阳土家族自治县"), RegionResolver.resolve("长阳县人民政府", null, null));
        assertEquals(region("吉林省", "延边朝鲜族自治州", null), RegionResolver.resolve("延边州", null, null));
        // 和县 is also a phrase ("各市和县级"): alone it proves nothing, beside 马鞍山市 it is the county.
        assertEquals(Region.UNKNOWN, RegionResolver.resolve("和县人民政府", null, null));
        assertEquals(region("安徽省", "马鞍山市", "和县"), RegionResolver.resolve("和县人民政府", null, "马鞍山市"));
    }

    @Test
    void centralDepartmentsHaveNoRegion() {
        assertEquals(Region.UNKNOWN, RegionResolver.resolve("中华人民共和国商务部", null, null));
        assertEquals(Region.UNKNOWN, RegionResolver.resolve("教育部", null, "指导各省、自治区、直辖市教育部门"));
    }

    // --- agencies of the sample PDFs ---

    @Test
    void hongzeDistrictGovernment() {
        assertEquals(region("江苏省", "淮安市", "洪泽区"), RegionResolver.resolve("淮安市洪泽区人民政府", null, null));
    }

    @Test
    void huaianCityGovernmentHasNoCounty() {
        assertEquals(region("江苏省", "淮安市", null), RegionResolver.resolve("淮安市人民政府", null, null));
    }

    @Test
    void aCityReportDoesNotTakeACountyFromItsText() {
        String text = "洪泽区完成了任务。洪泽区、淮安区和清江浦区推进公开。";
        assertEquals(region("江苏省", "淮安市", null), RegionResolver.resolve("淮安市人民政府", null, text));
    }

    // --- ambiguity ---

    @Test
    void ambiguousStreetAloneGivesNothing() {
        assertEquals(Region.UNKNOWN, RegionResolver.resolve("城中街道办事处", null, "本街道主动公开信息。"));
    }

    @Test
    void ambiguousStreetIsSettledBySignature() {
        String text = "我街道主动公开信息。\n柳州市城中区城中街道办事处\n二〇二二年一月十四日";
        assertEquals(region("广西壮族自治区", "柳州市", "城中区"), RegionResolver.resolve("城中街道办", null, text));
    }

    @Test
    void ambiguousDistrictIsSettledByItsCity() {
        assertEquals(Region.UNKNOWN, RegionResolver.resolve("城中区人民政府", null, ""));
        assertEquals(region("青海省", "西宁市", "城中区"),
                RegionResolver.resolve("城中区人民政府", null, "根据西宁市政务公开工作要点"));
    }

    @Test
    void ambiguousTownshipIsSettledByShortNamesInText() {
        assertEquals(Region.UNKNOWN, RegionResolver.resolve("湖源乡人民政府", null, ""));
        assertEquals(region("浙江省", "杭州市", "富阳区"),
                RegionResolver.resolve("湖源乡人民政府", null, "通过“杭州·富阳”门户网站公开"));
    }

    @Test
    void onlyTheCertainPartsAreKept() {
        // 鼓楼区 is in 南京 and 徐州 (江苏), 福州 (福建) and 开封 (河南): the text settles the province only.
        assertEquals(region("江苏省", null, null), RegionResolver.resolve("鼓楼区人民政府", null, "按照江苏省要求"));
    }

    @Test
    void textAloneDecidesOnlyWhenOnePlaceDominates() {
        assertEquals(region("浙江省", "杭州市", null),
                RegionResolver.resolve("办事处", null, "按照《2021年杭州市政务公开工作要点》要求"));
        assertEquals(Region.UNKNOWN,
                RegionResolver.resolve("办事处", null, "学习杭州市经验，对标南京市做法"));
    }

    // --- province-level municipalities, autonomous regions, prefectures and leagues ---

    @Test
    void municipalitiesAreProvinceAndCity() {
        assertEquals(region("北京市", "北京市", "朝阳区"), RegionResolver.resolve("北京市朝阳区人民政府", null, null));
        assertEquals(region("重庆市", "重庆市", "城口县"), RegionResolver.resolve("重庆市城口县人民政府", null, null));
        assertEquals(region("上海市", "上海市", null), RegionResolver.resolve("上海市人民政府办公厅", null, null));
    }

    @Test
    void autonomousRegionsPrefecturesAndLeagues() {
        assertEquals(region("广西壮族自治区", null, null), RegionResolver.resolve("广西壮族自治区人民政府", null, null));
        assertEquals(region("湖北省", "恩施土家族苗族自治州", "利川市"),
                RegionResolver.resolve("恩施土家族苗族自治州利川市人民政府", null, null));
        assertEquals(region("内蒙古自治区", "锡林郭勒盟", null), RegionResolver.resolve("锡林郭勒盟行政公署", null, null));
        assertEquals(region("湖北省", "恩施土家族苗族自治州", null), RegionResolver.resolve("恩施州人民政府", null, null));
    }

    @Test
    void provinciallyAdministeredCitiesAreCities() {
        assertEquals(region("河南省", "济源市", null), RegionResolver.resolve("济源市人民政府", null, null));
        assertEquals(region("河南省", "济源市", null),
                RegionResolver.resolve("沁园街道办事处", null, "济源示范区"));
    }

    // --- no place at all ---

    @Test
    void textWithoutPlaceNamesHasNoRegion() {
        assertEquals(Region.UNKNOWN, RegionResolver.resolve("办事处", "政府信息公开工作年度报告",
                "本机关依法主动公开政府信息，全年未收到依申请公开，未发生行政复议和行政诉讼。"));
        assertEquals(Region.UNKNOWN, RegionResolver.resolve(null, null, null));
    }

    @Test
    void ordinaryWordsThatAreAlsoPlaceNamesDoNotCount() {
        assertEquals(Region.UNKNOWN, RegionResolver.resolve(null, null, "加强城区道路建设和郊区绿化，各市和县级政府"));
        assertEquals(Region.UNKNOWN, RegionResolver.resolve("高新区管委会", null, "推进工业园和林场建设，完善公开平台"));
        // 开平 hides in 公开平台 and 共和 in 中华人民共和国; neither may tip the vote.
        assertEquals(Region.UNKNOWN, RegionResolver.resolve(null, null, "依据《中华人民共和国政府信息公开条例》，通过公开平台发布"));
    }

    @Test
    void resolvesConcurrently() {
        Region expected = region("浙江省", "杭州市", "富阳区");
        long wrong = java.util.stream.IntStream.range(0, 64).parallel()
                .mapToObj(i -> RegionResolver.resolve("富阳区湖源乡", null, "第" + i + "次"))
                .filter(r -> !r.equals(expected)).count();
        assertEquals(0, wrong);
    }
}

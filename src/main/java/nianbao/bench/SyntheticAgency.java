package nianbao.bench;

import java.util.List;
import java.util.SplittableRandom;

import nianbao.model.Level;
import nianbao.model.Region;

/**
 * A made-up reporting agency: its full name, the short name used inside sentences, where it is and its level.
 *
 * @param name        the full name as a report's title prints it, e.g. 富阳区清溪街道办事处
 * @param shortName   the name used in sentences, e.g. 清溪 (the seeds say 湖源乡, 湖源: the suffix is theirs)
 * @param countyShort the county's name without 区/县 (or the city's, above county level)
 */
record SyntheticAgency(String name, String shortName, String countyShort, Region region, Level level) {

    /** Province, then cities, each with its counties: real names, so region filters look like real ones. */
    private static final List<List<List<String>>> PLACES = List.of(
            List.of(List.of("浙江省"), List.of("杭州市", "富阳区", "上城区", "临安区", "桐庐县"),
                    List.of("宁波市", "海曙区", "鄞州区", "象山县")),
            List.of(List.of("江苏省"), List.of("淮安市", "洪泽区", "清江浦区", "涟水县"),
                    List.of("苏州市", "姑苏区", "吴江区", "相城区")),
            List.of(List.of("安徽省"), List.of("淮北市", "相山区", "杜集区", "濉溪县"),
                    List.of("合肥市", "蜀山区", "包河区", "肥东县")),
            List.of(List.of("广西壮族自治区"), List.of("柳州市", "城中区", "鱼峰区", "柳江区"),
                    List.of("桂林市", "秀峰区", "象山区", "阳朔县")),
            List.of(List.of("河南省"), List.of("焦作市", "解放区", "山阳区", "修武县"),
                    List.of("郑州市", "金水区", "二七区", "中牟县")),
            List.of(List.of("湖北省"), List.of("武汉市", "江岸区", "洪山区", "蔡甸区"),
                    List.of("宜昌市", "西陵区", "夷陵区", "秭归县")),
            List.of(List.of("四川省"), List.of("成都市", "锦江区", "武侯区", "双流区"),
                    List.of("绵阳市", "涪城区", "游仙区", "三台县")),
            List.of(List.of("广东省"), List.of("广州市", "越秀区", "天河区", "番禺区"),
                    List.of("佛山市", "禅城区", "南海区", "顺德区")));

    private static final String FIRST = "清东西南北新安永和长兴平华金云青白龙凤石桃";
    private static final String SECOND = "溪山河湖源阳桥塘林港园湾坪岭泉洲庄沟坝口";
    private static final List<String> TOWNSHIP_KINDS = List.of("街道办事处", "乡人民政府", "镇人民政府");
    private static final List<String> DEPARTMENTS = List.of(
            "发展和改革局", "教育局", "民政局", "财政局", "人力资源和社会保障局", "自然资源和规划局",
            "生态环境局", "住房和城乡建设局", "交通运输局", "农业农村局", "卫生健康委员会", "市场监督管理局");

    static SyntheticAgency random(SplittableRandom rnd) {
        List<List<String>> province = PLACES.get(rnd.nextInt(PLACES.size()));
        List<String> city = province.get(1 + rnd.nextInt(province.size() - 1));
        String prov = province.get(0).get(0);
        String cityName = city.get(0);
        String county = city.get(1 + rnd.nextInt(city.size() - 1));
        String countyShort = strip(county);
        int roll = rnd.nextInt(100);
        if (roll < 40) {
            String core = "" + FIRST.charAt(rnd.nextInt(FIRST.length())) + SECOND.charAt(rnd.nextInt(SECOND.length()));
            String kind = TOWNSHIP_KINDS.get(rnd.nextInt(TOWNSHIP_KINDS.size()));
            return new SyntheticAgency(county + core + kind, core, countyShort,
                    new Region(prov, cityName, county), Level.TOWNSHIP);
        }
        String dept = DEPARTMENTS.get(rnd.nextInt(DEPARTMENTS.size()));
        if (roll < 60) {
            return new SyntheticAgency(county + dept, county + dept, countyShort,
                    new Region(prov, cityName, county), Level.DEPARTMENT);
        }
        if (roll < 70) {
            return new SyntheticAgency(cityName + dept, cityName + dept, strip(cityName),
                    new Region(prov, cityName, null), Level.DEPARTMENT);
        }
        if (roll < 85) {
            return new SyntheticAgency(county + "人民政府", county, countyShort,
                    new Region(prov, cityName, county), Level.COUNTY);
        }
        if (roll < 95) {
            return new SyntheticAgency(cityName + "人民政府", cityName, strip(cityName),
                    new Region(prov, cityName, null), Level.CITY);
        }
        return new SyntheticAgency(prov + "人民政府", prov, strip(prov), new Region(prov, null, null), Level.PROVINCE);
    }

    private static String strip(String place) {
        return place.length() > 2 ? place.replaceFirst("(壮族自治区|省|市|区|县)$", "") : place;
    }
}

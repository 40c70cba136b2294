package nianbao.parse.region;

import java.util.List;
import java.util.Optional;

/**
 * Everyday short forms of a division name: 杭州市 → 杭州, 广西壮族自治区 → 广西, 恩施土家族苗族自治州 → 恩施, and
 * for autonomous prefectures, counties and banners also the form with its bare suffix: 恩施州, 长阳县.
 */
final class ShortNames {
    private ShortNames() {}

    /** Ethnic names that stand between a place name and 自治区/州/县/旗; longer ones first so 土家 wins over 土. */
    private static final List<String> PEOPLES = List.of(
            "柯尔克孜", "乌孜别克", "维吾尔", "哈萨克", "达斡尔", "鄂伦春", "鄂温克", "俄罗斯", "塔吉克", "塔塔尔",
            "蒙古", "布依", "朝鲜", "土家", "哈尼", "傈僳", "拉祜", "东乡", "纳西", "景颇", "仫佬", "布朗", "撒拉",
            "毛南", "仡佬", "锡伯", "阿昌", "普米", "德昂", "保安", "裕固", "独龙", "赫哲", "门巴", "珞巴", "基诺",
            "回", "藏", "苗", "彝", "壮", "满", "侗", "瑶", "白", "傣", "黎", "佤", "畲", "羌", "水", "怒", "京", "土", "各");

    private static final List<String> AUTONOMOUS = List.of("自治区", "自治州", "自治县", "自治旗");

    /** Plain suffixes by level, longest first. */
    private static final List<List<String>> SUFFIXES = List.of(
            List.of("省", "市"),
            List.of("地区", "林区", "市", "盟"),
            List.of("林区", "特区", "区", "县", "市", "旗"));

    /** The short form, at least two characters, or empty when the name has none (townships never do). */
    static Optional<String> of(String name, int level) {
        if (level < Division.PROVINCE || level > Division.COUNTY) return Optional.empty();
        String s = stripAutonomous(name);
        if (s.equals(name)) {
            for (String suffix : SUFFIXES.get(level - 1)) {
                if (name.endsWith(suffix)) {
                    s = name.substring(0, name.length() - suffix.length());
                    break;
                }
            }
        }
        return s.length() >= 2 && !s.equals(name) ? Optional.of(s) : Optional.empty();
    }

    /** 恩施土家族苗族自治州 → 恩施州, 长阳土家族自治县 → 长阳县; empty for other names and autonomous regions. */
    static Optional<String> withSuffix(String name, int level) {
        if (level < Division.CITY || level > Division.COUNTY) return Optional.empty();
        for (String a : AUTONOMOUS) {
            if (name.endsWith(a) && !a.equals("自治区")) {
                String s = stripAutonomous(name);
                if (!s.equals(name) && s.length() >= 2) return Optional.of(s + a.charAt(2));
            }
        }
        return Optional.empty();
    }

    private static String stripAutonomous(String name) {
        for (String a : AUTONOMOUS) {
            if (!name.endsWith(a)) continue;
            String s = name.substring(0, name.length() - a.length());
            boolean stripped = true;
            while (stripped && s.length() > 2) {
                stripped = false;
                if (s.endsWith("族")) { s = s.substring(0, s.length() - 1); stripped = true; continue; }
                for (String p : PEOPLES) {
                    if (s.endsWith(p) && s.length() - p.length() >= 2) {
                        s = s.substring(0, s.length() - p.length());
                        stripped = true;
                        break;
                    }
                }
            }
            return s;
        }
        return name;
    }
}

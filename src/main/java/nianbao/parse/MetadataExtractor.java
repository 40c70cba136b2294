package nianbao.parse;

import nianbao.model.Level;
import nianbao.parse.region.RegionResolver;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Title, agency, year, publication date and level, from the text as printed. */
final class MetadataExtractor {
    private MetadataExtractor() {}

    private static final Pattern TITLE_TAIL = Pattern.compile(
            "(?:关于)?(?:(?:19|20)\\d{2}|[〇零一二三四五六七八九]{4})?\\s*年?度?(?:的)?(?:政府|政务)?信息公开(?:工作)?(?:年度)?(?:报告|年报).*$");
    private static final Pattern LEADING_YEAR = Pattern.compile("^(?:(?:19|20)\\d{2}|[〇零一二三四五六七八九]{4})年度?");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern PERIOD = Pattern.compile("统计期限[^。]{0,12}?((?:19|20)\\d{2})\\s*年\\s*1\\s*月\\s*1\\s*日");
    private static final Pattern DATE = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern CHINESE_DATE = Pattern.compile(
            "([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");
    private static final Pattern COUNTY_CHAR = Pattern.compile(".*[区县旗].*");
    private static final Pattern FILE_NAME = Pattern.compile("^((?:19|20)\\d{2})[_\\-\\s]+(.+?)(?:\\.[A-Za-z]+)?$");

    /** The title: leading lines before the first heading, joined until one ends the title (…报告). */
    static String title(List<String> leadingLines) {
        StringBuilder sb = new StringBuilder();
        int used = 0;
        for (String l : leadingLines) {
            String t = l.strip();
            if (t.isEmpty()) {
                if (sb.length() > 0) break;
                continue;
            }
            sb.append(t);
            used++;
            if (t.endsWith("报告") || t.endsWith("年报") || used == 3) break;
        }
        String title = sb.toString();
        return title.contains("报告") || title.contains("年报") ? title : null;
    }

    /** The agency named in the title, completed from the text where the title abbreviates it. */
    static String agency(String title, String text, String source) {
        String a = null;
        if (title != null) {
            a = LEADING_YEAR.matcher(title).replaceFirst("");
            a = TITLE_TAIL.matcher(a).replaceFirst("").strip();
            if (a.isEmpty()) a = null;
        }
        if (a == null) {
            Matcher f = FILE_NAME.matcher(fileName(source));
            if (f.matches()) a = f.group(2);
        }
        if (a == null) return null;
        if (a.endsWith("办") && text.contains(a + "事处")) a = a + "事处";
        // The signature often adds the district the title leaves out: 柳州市城中区城中街道办事处 → 城中区城中街道办事处.
        if (!COUNTY_CHAR.matcher(a).matches() && (a.contains("街道") || a.endsWith("乡") || a.endsWith("镇"))) {
            String county = countyBefore(signature(text), a);
            if (county != null) a = UP_TO_CITY.matcher(county).replaceFirst("") + a;
        }
        return a;
    }

    private static final Pattern UP_TO_CITY = Pattern.compile("^.*[市州盟]");

    /**
     * The county-level name (one to four characters and 区, 县 or 旗) right before {@code agency} in the text, or null.
     * The pattern is the agency's own, so it is compiled per call: a hand-written scan measured no faster (parse
     * 0.200 vs 0.214 ms/report, within noise) and needed this pattern anyway for names with surrogate pairs.
     */
    private static String countyBefore(String text, String agency) {
        Matcher q = Pattern.compile("([\\u4e00-\\u9fa5]{1,4}?[区县旗])" + Pattern.quote(agency)).matcher(text);
        return q.find() ? q.group(1) : null;
    }

    /** Punctuation within a line: a sentence, not a signature. */
    private static final Pattern CLAUSE = Pattern.compile(".*[。，；：].*");
    private static final Pattern SIGNER = Pattern.compile(
            ".{2,30}(办事处|人民政府|政府|局|委员会|委|办公室|办公厅|办|街道|乡|镇|中心|厅|院|署)");

    /**
     * Where the agency's signature and date begin at the end of the report, so that the last section's text stops
     * before them; {@code to} when there is none.
     */
    static int signatureStart(List<nianbao.read.Line> lines, int from, int to) {
        int end = to;
        while (end > from && lines.get(end - 1).text().isBlank()) end--;
        if (end <= from) return to;
        String last = lines.get(end - 1).text().strip();
        if (!(DATE.matcher(last).matches() || CHINESE_DATE.matcher(last).matches())) return to;
        int start = end - 1;
        while (start > from) {
            String prev = lines.get(start - 1).text().strip();
            if (prev.isEmpty() || !SIGNER.matcher(prev).matches() || CLAUSE.matcher(prev).matches()) break;
            start--;
        }
        return start;
    }

    /** The last few lines, where the agency signs and dates the report. */
    private static String signature(String text) {
        // the stripped text by its bounds: strip() would copy the whole text to look at its last lines
        int start = 0, end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        // the line break before the last six lines (start - 1 when there are no more): found from the end
        int before = end;
        for (int n = 0; n < 6 && before >= start; n++) before = Math.max(text.lastIndexOf('\n', before - 1), start - 1);
        StringBuilder sb = new StringBuilder();
        for (String line : text.substring(before + 1, end).split("\n")) sb.append(line.strip()).append('\n');
        return sb.toString();
    }

    private static String fileName(String source) {
        if (source == null) return "";
        String n = source.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }

    /** The year the data covers: the title's year, else the statistics period, else the narrative's commonest year. */
    static Integer year(String title, String text, String source) {
        if (title != null) {
            Matcher m = YEAR.matcher(title);
            if (m.find()) return Integer.parseInt(m.group(1));
            Matcher c = LEADING_YEAR.matcher(title);
            if (c.find() && !c.group().matches("^\\d.*")) return chineseNumber(c.group().substring(0, 4));
        }
        Matcher p = PERIOD.matcher(text);
        if (p.find()) return Integer.parseInt(p.group(1));
        Map<Integer, Integer> counts = new HashMap<>();
        Matcher y = YEAR.matcher(text.length() > 4000 ? text.substring(0, 4000) : text);
        while (y.find()) counts.merge(Integer.parseInt(y.group(1)), 1, Integer::sum);
        Integer best = counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
        if (best != null) return best;
        Matcher f = FILE_NAME.matcher(fileName(source));
        return f.matches() ? Integer.parseInt(f.group(1)) : null;
    }

    /** The publication date from the signature at the end, as yyyy-MM-dd, or null. */
    static String published(String text) {
        String sig = signature(text);
        Matcher m = DATE.matcher(sig);
        String found = null;
        while (m.find()) found = iso(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        if (found != null) return found;
        Matcher c = CHINESE_DATE.matcher(sig);
        while (c.find()) found = iso(chineseNumber(c.group(1)), chineseNumber(c.group(2)), chineseNumber(c.group(3)));
        return found;
    }

    private static String iso(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** 二〇二二 → 2022 (digit by digit); 十四 → 14 (as a number). */
    static int chineseNumber(String s) {
        String digits = "〇一二三四五六七八九";
        if (s.length() == 4 && !s.contains("十")) {
            int v = 0;
            for (char ch : s.toCharArray()) v = v * 10 + (ch == '零' ? 0 : digits.indexOf(ch));
            return v;
        }
        int ten = s.indexOf('十');
        if (ten < 0) return digits.indexOf(s.charAt(0));
        int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(ten + 1));
        return tens * 10 + ones;
    }

    /** The administrative level from the agency's name. */
    static Level level(String agency) {
        if (agency == null) return null;
        String a = GOVERNMENT_TAIL.matcher(agency).replaceAll("");
        if (TOWNSHIP_TAIL.matcher(a).matches()) return Level.TOWNSHIP;
        boolean government = !a.equals(agency);
        // 自治区 ends in 区 too: provinces first
        if (government && (PROVINCE_TAIL.matcher(a).matches() || MUNICIPALITY.matcher(a).matches())) return Level.PROVINCE;
        if (COUNTY_TAIL.matcher(a).matches()) return Level.COUNTY;
        if (government && CITY_TAIL.matcher(a).matches()) {
            return RegionResolver.isCountyLevel(a) ? Level.COUNTY : Level.CITY;
        }
        return Level.DEPARTMENT;
    }

    // level's patterns, compiled once
    private static final Pattern GOVERNMENT_TAIL = Pattern.compile("(人民政府|政府)(办公室|办公厅)?$");
    private static final Pattern TOWNSHIP_TAIL = Pattern.compile(".*(街道办事处|街道办|街道|乡|镇|苏木)$");
    private static final Pattern COUNTY_TAIL = Pattern.compile(".*(区|县|旗)$");
    private static final Pattern PROVINCE_TAIL = Pattern.compile(".*(省|自治区)$");
    private static final Pattern MUNICIPALITY = Pattern.compile("^(北京|天津|上海|重庆)市$");
    private static final Pattern CITY_TAIL = Pattern.compile(".*(市|州|盟)$");
}

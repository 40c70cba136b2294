package nianbao.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vocabulary narratives use to state figures (PHRASES.md), as patterns. Kept in one place so that a new verb or
 * channel is one edit.
 */
final class Cues {
    private Cues() {}

    /** Words before a numeral that make a figure approximate. */
    private static final String APPROXIMATE = "近|约|逾|超过|多达|上";

    /** A figure: optional approximation word, numeral, optional 万/亿, optional 余/多, unit. */
    /** The units a figure counts in. */
    private static final String UNITS = "件次|人次|万元|件|条|宗|份|起|个|次|篇|期|元|项|家|人|%|％";

    /** A figure: optional approximation word, numeral, optional 万/亿, optional 余/多, unit. */
    static final Pattern NUMBER = Pattern.compile(
            "(" + APPROXIMATE + ")?(" + Numerals.PATTERN + ")(万|亿)?(余|多)?(" + UNITS + ")(左右|以上)?");

    /** The characters a {@link #NUMBER} match can start with: an approximation word's first, or a numeral's. */
    private static final CharClass NUMBER_STARTS =
            CharClass.of(Numerals.DIGITS + Numerals.CHINESE_CHARS).or(CharClass.firstOf(APPROXIMATE));

    private static final CharClass ARABIC_DIGITS = CharClass.of(Numerals.DIGITS);
    private static final CharClass CHINESE_NUMERALS = CharClass.of(Numerals.CHINESE_CHARS);

    /**
     * {@code m.find(from)} for a matcher of {@link #NUMBER}: the regex is only tried where a figure can start, and
     * not again inside a run of numerals, where any match would have been found from the run's first numeral.
     */
    static boolean findNumber(Matcher m, String s, int from) {
        return NUMBER_STARTS.find(m, s, from, null,
                i -> !(i > from && sameNumeralRun(s.charAt(i - 1), s.charAt(i))) && mayCount(s, i));
    }

    /** The first characters of {@link #NUMBER}'s units. */
    private static final CharClass UNIT_STARTS = CharClass.firstOf(UNITS);
    /** The characters a numeral of {@link #NUMBER} is made of. */
    private static final CharClass NUMERAL_RUN = CharClass.of(Numerals.DIGITS + ".．" + Numerals.CHINESE_CHARS);
    private static final String[] APPROXIMATE_WORDS = APPROXIMATE.split("\\|");

    /**
     * Whether a {@link #NUMBER} match may start at {@code i}: after the approximation word, if any, a numeral, and a
     * unit's first character within its run of numeral characters or at most two characters (万/亿, 余/多) after
     * it. Spares the regex for the many 一, 十 and 上 of prose that count nothing.
     */
    private static boolean mayCount(String s, int i) {
        int j = i;
        if (!ARABIC_DIGITS.contains(s.charAt(i)) && !CHINESE_NUMERALS.contains(s.charAt(i))) {
            j = -1;
            for (String w : APPROXIMATE_WORDS) if (s.startsWith(w, i)) j = i + w.length();
            if (j < 0 || j >= s.length() || !ARABIC_DIGITS.contains(s.charAt(j)) && !CHINESE_NUMERALS.contains(s.charAt(j))) {
                return false;
            }
        }
        int k = j + 1;
        while (k < s.length() && NUMERAL_RUN.contains(s.charAt(k))) k++;
        for (int q = j + 1, last = Math.min(k + 2, s.length() - 1); q <= last; q++) {
            if (UNIT_STARTS.contains(s.charAt(q))) return true;
        }
        return false;
    }

    private static boolean sameNumeralRun(char a, char b) {
        return ARABIC_DIGITS.contains(a) && ARABIC_DIGITS.contains(b)
                || CHINESE_NUMERALS.contains(a) && CHINESE_NUMERALS.contains(b);
    }

    /** Units a Chinese numeral may carry; elsewhere Chinese numerals are mostly idiom (三个到位, 一条龙). */
    static final Pattern CHINESE_NUMERAL_UNITS = Pattern.compile("件|起|宗|份|条|件次|次|篇");

    /** What follows a unit when the "figure" is really a duration or an idiom (15个工作日, 一件事). */
    static final WordList NOT_A_COUNT_AFTER = new WordList("工作日|月|小时|天|日|年|季度|百分点|事|龙|体|类|方面|环节");

    static final WordList REVIEW = new WordList("复议|诉讼|起诉|应诉");
    /** "被申请行政复议" is about review, not an information request. */
    static final Pattern REVIEW_NOT_APPLICATION = Pattern.compile("申请(行政)?复议|提起(行政)?诉讼");

    /** The clause with "申请行政复议" / "提起诉讼" reduced to 复议 / 诉讼, so their 申请 is not read as a request. */
    static String withoutReviewRequests(String s) {
        // neither 申请 nor 提起, or neither 复议 nor 诉讼: nothing to reduce
        if (s.indexOf('申') < 0 && s.indexOf('提') < 0 || !s.contains("复议") && !s.contains("诉讼")) return s;
        return REVIEW_NOT_APPLICATION.matcher(s).replaceAll(r -> r.group().contains("复议") ? "复议" : "诉讼");
    }
    static final WordList APPLICATION = new WordList("申请");

    /** Words of table 三 rows strong enough to put a clause on the application topic when the paragraph is on it. */
    static final WordList T3_STRONG = new WordList(
            "新收|结转|转结|顺延|下年度|下一年度|继续办理|正在办理|部分公开|不予公开|无法提供|不予处理|不掌握|过程性信息|国家秘密|内部事务|"
                    + "第三方|行政执法案卷|行政查询|另行制作|不明确|重复申请|出版物|大量反复|重新出具|不补正|收费通知|"
                    + "办理完成|办结|予以公开|其他处理");

    static final WordList T2 = new WordList("规范性文件|规章|行政许可|行政处罚|行政强制|行政事业性收费");

    /** Existential negations that start a zero claim. */
    private static final String NEGATIONS = "暂未|尚未|均未|从未|并未|没有|未|无";
    static final Pattern NEGATION = Pattern.compile(NEGATIONS);
    /** {@link #NEGATION} as a word list: zero claims look for it in every sentence. */
    static final WordList NEGATION_WORDS = new WordList(NEGATIONS);
    /** Negations that are not zero claims: manner (未按时), inability (无法), pending (尚未审结). */
    static final WordList NEGATION_NOT_ZERO = new WordList(
            "未按|未及时|未能|未经|未办结|未审结|未结|无法|无正当|无需|无论|无关|无偿|无缝|无纸|无误|无障碍|无证|无其他需要|"
                    + "尚未审结|尚未办结|未严格|没有现成");

    /** Channels of submission or publication: a figure about one of them is a part of the whole. */
    private static final String CHANNELS = "当面|信函|传真|网上|在线申请|网络申请|电子邮件|邮件|邮寄|电话|"
            + "其它渠道|其他渠道|其它形式|其他形式|其它方式|其他方式|"
            + "政府网站|门户网站|网站|微信|公众号|微博|抖音|头条|视频号|客户端|APP|公开栏|宣传栏|显示屏|新媒体|报刊|广播|电视";
    static final Pattern CHANNEL = Pattern.compile(CHANNELS);
    /** {@link #CHANNEL}'s words, scanned for where only the first is wanted. */
    private static final WordList CHANNEL_WORDS = new WordList(CHANNELS);

    /** The first channel named in {@code s} (as {@link #CHANNEL} finds it), or null when it names none. */
    static String channel(String s) {
        return CHANNEL_WORDS.first(s);
    }
    /** {@code s} without the channels it names ({@link #CHANNEL} replaced by nothing); most name none. */
    static String withoutChannels(String s) {
        return CHANNEL_WORDS.in(s) ? CHANNEL.matcher(s).replaceAll("") : s;
    }
    /** Words that make a channel list mean every channel. */
    static final WordList ALL_CHANNELS = new WordList("任何|各种|所有|全部|各类渠道");

    /** Organisation names that, as the subject, make a figure a sub-unit's. */
    private static final String ORGANISATION_SUFFIXES = "政府办公室|政府办|办公室|分局|局|委员会|管委会|服务中心|中心|社区|居委会|村委会|大队";
    static final Pattern ORGANISATION = Pattern.compile("([\\p{IsHan}]{1,8}?(" + ORGANISATION_SUFFIXES + "))");
    /** The last character of every {@link #ORGANISATION} match (办公室, 局, 委员会, 中心, 社区, 大队…). */
    static final CharClass ORGANISATION_ENDS = CharClass.lastOf(ORGANISATION_SUFFIXES);
    /** Self references: the reporting agency speaking of itself. */
    static final Pattern SELF = Pattern.compile(
            "我(街道|乡|镇|办|局|委|单位|机关|区|县|市|中心|处|部|厅|院|所|站)|本(街道|乡|镇|办|局|委|单位|机关|级|部门|中心|处|厅|院|所|站)|"
                    + "全(街道?|乡|镇|区|县|市|局|委|办)|该(街道|乡|镇)|办事处|街道|乡政府|镇政府");

    static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    static final Pattern OTHER_PERIOD = Pattern.compile(
            "去年|上一?年度?(?!结转|转结)|同比|环比|较上年|比上年|上半年|下半年|第[一二三四1-4]季度|"
                    + "(?<!1)(?:[2-9]|1[01]?)\\s*[-—至~到]\\s*[0-9]{1,2}月|1\\s*[-—至~到]\\s*(?:[1-9]|1[01])月|"
                    + "(截至|截止|以来|历年)[^，。]{0,20}累计|累计[^，。]{0,6}(以来|历年)");

    /** Words that restrict requests to a kind ("涉及征地的申请", "需要收费的申请"): a subset of all requests. */
    static final Pattern RESTRICTED = Pattern.compile("涉及|需要|需缴|需收|收费|费用|关于[^，。]{1,12}的申请");

    /** Nouns built on 申请 that are not requests: the applicant, the form, the channel. */
    static final Pattern NOT_A_REQUEST = Pattern.compile("申请人|申请书|申请表|申请方式|申请渠道|申请流程|申请材料|申请条件");

    static String withoutNonRequests(String s) {
        if (!s.contains("申请")) return s; // every NOT_A_REQUEST word starts with it
        return NOT_A_REQUEST.matcher(s).replaceAll("人");
    }
    /** Carry-over phrases whose year or 上年 does not make the figure another period's. */
    static final Pattern CARRY_PHRASE = Pattern.compile(
            "(上一?年度?|往年)(结转|转结)|结转(上一?年度?|(?:19|20)\\d{2}年度?|下一?年度?)|(?:19|20)\\d{2}年度?继续办理");

    /** The word that opens a subset ("其中，予以公开2件"). */
    static final String SUBSET = "其中";
    static final String FILING_WORD = "备案";

    /** Completion claims, read after an application figure. */
    static final Pattern COMPLETION = Pattern.compile(
            "办结|答复|回复|办理完毕|办理结束|处理完毕|办理完成|处理完成|全部办理|答复完毕");
    static final Pattern COMPLETION_RATE = Pattern.compile("(答复率|办结率|按时答复率)(为|达到?)?100(\\.0+)?[%％]");
    static final Pattern NOT_COMPLETION_BEFORE = Pattern.compile("(未|尚未|正在|待|暂未|没有|不)\\S{0,2}$");
    static final Pattern NOT_COMPLETION_AFTER = Pattern.compile("^(率|期限|时限|流程|模板|书|环节|工作|机制|规范|时间|方式|等)");
    static final Pattern PENDING = Pattern.compile("继续办理|正在|尚在|仍在|尚未办结|未办结|结转下|办理中|顺延|延期|下一?年度");
    /** The characters a {@link #PENDING} match starts with. */
    private static final CharClass PENDING_STARTS = CharClass.firstOf(PENDING.pattern());

    /** Whether {@code s} holds a {@link #PENDING} word: the regex tried only where one can start. */
    static boolean pending(String s) {
        return PENDING_STARTS.find(PENDING.matcher(s), s, 0);
    }

    static final Pattern ZERO_REPORT = Pattern.compile("零报告");
    static final Pattern PROCESSED = Pattern.compile("(?<!信息)处理(?!费)|办理|答复");

    static final Pattern ALL_NATURAL = Pattern.compile("(均|全部|都|均系|全)(为|是|来自|系)?自然人");
}

package nianbao.check.rules;

import nianbao.check.CheckContext;
import nianbao.check.Evidence;
import nianbao.check.Finding;
import nianbao.check.Severity;
import nianbao.extract.CharClass;
import nianbao.extract.Numerals;
import nianbao.extract.Sentences;
import nianbao.model.Section;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YEAR_MISMATCH: the text states the agency's own data under another year, as a template copied from last year
 * leaves it ("2020年，我街道收到申请…" in a 2021 report). Plans (2022年将…), comparisons (较2020年) and citations are
 * fine.
 */
public final class YearMismatch extends BaseRule {
    public YearMismatch() { super("YEAR_MISMATCH", "年份不符 (stale year)"); }

    /** A sentence that opens with a year: "2020年，", "2020年度", "（二）2020年". */
    private static final Pattern OPENING_YEAR = Pattern.compile("^[（(]?[一二三四五六七八九十0-9]*[)）、.]?\\s*((?:19|20)\\d{2})年度?");
    /** The characters an {@link #OPENING_YEAR} match can begin with. */
    private static final CharClass OPENING_STARTS = CharClass.of("（(一二三四五六七八九十0123456789)）、." + CharClass.REGEX_SPACE);
    private static final Pattern DATA = Pattern.compile(
            "收到|受理|接到|办理|答复|主动公开|公开政府信息|发布|公布|未发生|没有|未收到|共计|累计");
    private static final Pattern NOT_OWN_DATA = Pattern.compile(
            "将|计划|拟|力争|争取|要点|较|比|同比|相比|以来|截至|截止|至今|启动|部署|印发|通知|规划|目标|结转|上年|去年");

    /**
     * Whether {@link #OPENING_YEAR} can match: everything it takes before 年 is a character of
     * {@link #OPENING_STARTS}, so 年 must be the first other character, right after 19xx or 20xx. Most sentences
     * that open with a numeral fail this, and need no matcher.
     */
    static boolean mayOpenWithYear(String s) {
        int k = 0;
        while (k < s.length() && OPENING_STARTS.contains(s.charAt(k))) k++;
        return k < s.length() && s.charAt(k) == '年' && Numerals.yearEndsAt(s, k);
    }

    /** "本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止". */
    private static final Pattern PERIOD = Pattern.compile(
            "统计(?:期限|时限|时间|区间|周期)[^。]{0,16}?((?:19|20)\\d{2})\\s*年\\s*1\\s*月\\s*1\\s*日");

    @Override
    public List<Finding> check(CheckContext ctx) {
        Integer year = ctx.report().year();
        if (year == null) return List.of();
        List<Finding> out = new ArrayList<>();
        statisticsPeriod(ctx, year, out);
        Matcher opening = OPENING_YEAR.matcher("");
        for (Section s : ctx.report().sections()) {
            for (Sentences.Span sent : ctx.sentences(s)) {
                if (!mayOpenWithYear(sent.text())) continue;
                Matcher m = opening.reset(sent.text());
                if (!m.lookingAt()) continue; // anchored: find() would try every position
                int y = Integer.parseInt(m.group(1));
                if (y == year) continue;
                String rest = sent.text().substring(m.end());
                if (!DATA.matcher(rest).find() || NOT_OWN_DATA.matcher(sent.text()).find()) continue;
                out.add(CheckContext.finding(this, Severity.WARNING,
                        "本报告为" + year + "年度，但此句以" + y + "年陈述本机关的工作数据，疑为沿用往年文本",
                        List.of(), BigDecimal.valueOf(year), BigDecimal.valueOf(y),
                        List.of(new Evidence(s.key().id(), sent.start(), sent.end(), sent.text()))));
            }
        }
        return out;
    }

    /** A 统计期限 of another year than the report's (the title's): the preamble was copied from another report. */
    private void statisticsPeriod(CheckContext ctx, int year, List<Finding> out) {
        String text = ctx.report().text();
        // every match starts at a 统计: the first of them where PERIOD matches is where its search would stop
        Matcher m = PERIOD.matcher(text);
        int cue = text.indexOf("统计");
        while (cue >= 0 && !m.region(cue, text.length()).lookingAt()) cue = text.indexOf("统计", cue + 1);
        if (cue < 0) return;
        int y = Integer.parseInt(m.group(1));
        if (y == year) return;
        int a = Math.max(0, text.lastIndexOf('\n', m.start()) + 1);
        int b = text.indexOf('\n', m.end());
        if (b < 0) b = text.length();
        out.add(CheckContext.finding(this, Severity.WARNING,
                "本报告为" + year + "年度，但统计期限写的是" + y + "年，疑为沿用往年文本",
                List.of(), BigDecimal.valueOf(year), BigDecimal.valueOf(y), List.of(ctx.textEvidence(a, b))));
    }
}

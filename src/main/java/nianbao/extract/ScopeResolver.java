package nianbao.extract;

import nianbao.model.AgencyNames;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Decides whether a figure speaks of the whole agency in the report's own year, or of a sub-unit, a channel or another
 * period (subsets are decided by the extractor, which knows the figure a 其中 refers to).
 */
final class ScopeResolver {
    private final Integer year;
    private final String agencyCore;
    /** AgencyNames.normalise of the organisations met so far: a report names the same few again and again. */
    private final Map<String, String> normalisedOrganisations = new HashMap<>();

    ScopeResolver(Integer year, String agency) {
        this.year = year;
        this.agencyCore = agency == null ? null : AgencyNames.normalise(agency);
    }

    record Decision(Scope scope, String cue) {
        static final Decision WHOLE = new Decision(Scope.WHOLE, null);
    }

    /**
     * @param sentenceLeft the sentence up to the figure
     * @param clauseLeft   the clause up to the figure (for channels)
     */
    Decision resolve(String sentenceLeft, String clauseLeft) {
        String sl = clean(sentenceLeft);
        String cl = clean(clauseLeft);
        if (year != null) {
            String last = lastYear(sl);
            if (last != null && Integer.parseInt(last) != year) return new Decision(Scope.OTHER_PERIOD, last + "年");
        }
        if (PERIOD_MARKS.anyIn(cl)) {
            Matcher p = Cues.OTHER_PERIOD.matcher(cl);
            if (p.find()) return new Decision(Scope.OTHER_PERIOD, p.group());
        }
        String org = sentenceSubUnit(sl);
        if (org == null) org = subUnit(subjectPart(cl));
        if (org != null) return new Decision(Scope.SUB_UNIT, org);
        String channel = Cues.channel(cl);
        if (channel != null && !Cues.ALL_CHANNELS.in(cl)) return new Decision(Scope.CHANNEL, channel);
        if (sl.contains(Cues.FILING_WORD)) return new Decision(Scope.SUBSET, "备案");
        return Decision.WHOLE;
    }

    /** Quoted titles and carry-over phrases say nothing about whose or which year's figure it is. */
    static String clean(String s) {
        String t = withoutQuoted(s);
        return CARRY_WORDS.in(t) ? Cues.CARRY_PHRASE.matcher(t).replaceAll("结转") : t;
    }

    /**
     * {@code Pattern.compile("《[^》]*》|“[^”]*”").matcher(s).replaceAll("“”")} without a regex: each 《…》 or “…” (from an opening mark to
     * the first closing one after it) becomes an empty “”. The text itself when it quotes nothing.
     */
    static String withoutQuoted(String s) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char close = c == '《' ? '》' : c == '“' ? '”' : 0;
            if (close == 0) continue;
            int j = s.indexOf(close, i + 1);
            if (j < 0) continue; // unclosed: not a quotation, as the regex sees it
            if (out == null) out = new StringBuilder(s.length());
            out.append(s, copied, i).append("“”");
            copied = j + 1;
            i = j;
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /**
     * The digits of the last {@link Cues#YEAR} match in {@code s} (19xx年, 20xx年), or null. Matches end in 年 and
     * hold no other 年, so they cannot overlap: the last is at the last 年 with such digits before it.
     */
    static String lastYear(String s) {
        for (int i = s.lastIndexOf('年'); i >= 4; i = s.lastIndexOf('年', i - 1)) {
            if (Numerals.yearEndsAt(s, i)) return s.substring(i - 4, i);
        }
        return null;
    }

    /** Every match of {@link Cues#OTHER_PERIOD} holds one of these (去年, 同比, 第一季度, 1-6月, 累计…). */
    private static final CharClass PERIOD_MARKS = CharClass.of("年比季月累");
    /** Every match of {@link Cues#CARRY_PHRASE} holds one of these. */
    private static final WordList CARRY_WORDS = new WordList("结转|转结|继续办理");
    /** The longest {@link Cues#ORGANISATION} match: eight characters of name and 政府办公室. */
    private static final int ORGANISATION_LONGEST = 8 + "政府办公室".length();

    /** The words before a clause's first verb: where its subject stands. */
    private static String subjectPart(String s) {
        int verb = verbStart(s);
        return verb < 0 ? s : s.substring(0, verb);
    }

    /** Where the first verb of {@code s} starts, or -1. */
    private static int verbStart(String s) {
        return VERBS.find(s, 0, s.length());
    }

    private static final WordList VERBS = new WordList("通过|收到|接到|接收|受理|办理|处理|公开|发布|公布|推送|制发|印发|作出|答复|在");

    /** A sentence's text up to a figure, where its first verb starts (-1: none yet), and the sub-unit it names. */
    private record SentenceSubject(String left, int verb, String unit) {}

    /** The last sentence text looked at whose subject was worked out. */
    private SentenceSubject lastSentence;

    /**
     * {@code subUnit(subjectPart(sl))} for a sentence's text up to a figure. Once a verb stands in that text, the
     * subject before it is the same for every longer text that starts with it (no verb can then start earlier), so
     * the figures after it in the sentence share the answer.
     */
    private String sentenceSubUnit(String sl) {
        SentenceSubject last = lastSentence;
        if (last != null && last.verb() >= 0 && sl.startsWith(last.left())) return last.unit();
        int verb = verbStart(sl);
        String unit = subUnit(verb < 0 ? sl : sl.substring(0, verb));
        lastSentence = new SentenceSubject(sl, verb, unit);
        return unit;
    }

    /** The sub-unit named as the subject before the figure, or null when the agency speaks of itself. */
    private String subUnit(String sl) {
        Matcher m = null; // made where an organisation can end: most subjects name none
        String org = null;
        int end = -1;
        for (int from = 0; ; from = m.end()) {
            // A match ends at one of ORGANISATION_ENDS and is at most ORGANISATION_LONGEST long: start the search
            // no earlier than that allows (the regex would try every position before it in vain).
            int last = Cues.ORGANISATION_ENDS.indexIn(sl, from);
            if (last < 0) break;
            if (m == null) m = Cues.ORGANISATION.matcher(sl);
            m.region(Math.max(from, last - ORGANISATION_LONGEST + 1), sl.length());
            if (!m.find()) break;
            org = m.group(1);
            end = m.end();
        }
        if (org == null) return null;
        int s = end - org.length();
        if (s > 0 && "我本全该".indexOf(sl.charAt(s - 1)) >= 0) return null;
        if (Cues.SELF.matcher(org).find()) return null; // "今年我局": the lazy match took in the self reference
        if (Cues.SELF.matcher(sl.substring(end)).find()) return null;
        if (agencyCore != null) {
            String core = normalisedOrganisations.computeIfAbsent(org, AgencyNames::normalise);
            if (!core.isEmpty() && (agencyCore.contains(core) || core.contains(agencyCore))) return null;
        }
        return org;
    }
}

package nianbao.extract;

import nianbao.model.FormatVersion;
import nianbao.model.Report;
import nianbao.model.Section;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures a report's narrative states (PHRASES.md): counts, zero claims and completion claims, each with
 * its subject, scope, sentence, offsets and the table cells it speaks about.
 *
 * <p>It reads clause by clause. A number with a unit is a figure; the clause's words before it (and after it, for
 * "共收到8份…申请") decide the topic (requests, review and litigation, table 二 items, or none), the row and column,
 * and the scope. A paragraph carries its topic from clause to clause, so "其中，予以公开2件，部分公开2件" after a
 * sentence about requests maps to the result rows.
 *
 * <p>An extractor holds a matcher it reuses: one per report, on one thread.
 */
public final class FigureExtractor {
    private final FormatVersion version;
    private final ScopeResolver scopes;
    private final ZeroClaims zeroClaims;
    /** One matcher of {@link Cues#NUMBER}, reset for each sentence: with its many groups it costs more to make. */
    private final Matcher number = Cues.NUMBER.matcher("");

    public FigureExtractor(Integer year, FormatVersion version, String agency) {
        this.version = version == null ? FormatVersion.V2021 : version;
        this.scopes = new ScopeResolver(year, agency);
        this.zeroClaims = new ZeroClaims(this.version, scopes);
    }

    /** The figures of every section of a report, in reading order. This is what {@code parse --json} prints. */
    public static List<Figure> figures(Report report) {
        return figures(report, s -> Sentences.split(s.text()));
    }

    /** As {@link #figures(Report)}, with each section's sentences as {@code sentences} gives them (split once). */
    public static List<Figure> figures(Report report, Function<Section, List<Sentences.Span>> sentences) {
        FigureExtractor x = new FigureExtractor(report.year(), report.format(), report.agency());
        List<Figure> out = new ArrayList<>();
        for (Section s : report.sections()) out.addAll(x.extract(s.key().id(), sentences.apply(s)));
        return out;
    }

    private static final Pattern INCLUDES_CARRIED = Pattern.compile(
            "[^。；]{0,12}?[（(，,]\\s*(含|包括|包含)[^。；）)]{0,10}?(上一?年度?|往年)[^。；）)]{0,4}?(结转|转结)");

    /** Units a bare 一 may carry and still be a count (一件, not 一条龙). */
    private static final Pattern ONE_UNITS = Pattern.compile("件|起|宗|份");
    /** 百, 千, 万 alone ({@code [百千万]+}): a round, approximate figure ("上百件"). */
    private static boolean isRound(String numeral) {
        for (int i = 0; i < numeral.length(); i++) if ("百千万".indexOf(numeral.charAt(i)) < 0) return false;
        return !numeral.isEmpty();
    }

    /** Publication verbs: a table 二 figure under them counts items published (发布/制发/印发 count documents issued). */
    private static final Pattern PUBLISHED = Pattern.compile("主动公开|公开|公布");

    /** Figures of one section's text; offsets are offsets in {@code text}. */
    public List<Figure> extract(String section, String text) {
        return extract(section, Sentences.split(text));
    }

    /** Figures of one section's sentences ({@link Sentences#split} of its text). */
    private List<Figure> extract(String section, List<Sentences.Span> sentences) {
        List<Figure> out = new ArrayList<>();
        ParagraphState st = new ParagraphState();
        for (Sentences.Span sent : sentences) {
            if (sent.paragraph() != st.paragraph) {
                ParagraphState fresh = new ParagraphState();
                fresh.paragraph = sent.paragraph();
                fresh.figures.addAll(st.figures);
                st = fresh;
            }
            out.addAll(sentence(section, sent, st));
        }
        return out;
    }

    private List<Figure> sentence(String section, Sentences.Span sent, ParagraphState st) {
        String s = sent.text();
        List<Figure> found = new ArrayList<>();
        List<int[]> zeroSpans = ZeroClaims.spans(s);
        Matcher m = number.reset(s);
        int prevEnd = 0;
        int zi = 0;
        int from = 0;
        while (true) {
            boolean hasNumber = Cues.findNumber(m, s, from);
            int pos = hasNumber ? m.start() : s.length();
            // zero claims before this number, in order
            while (zi < zeroSpans.size() && zeroSpans.get(zi)[0] < pos) {
                int[] z = zeroSpans.get(zi++);
                Figure f = zeroClaims.read(section, sent, z[0], z[1], st);
                if (f != null) found.add(f);
            }
            if (!hasNumber) break;
            from = m.end();
            Figure f = count(section, sent, m, prevEnd, st, found);
            if (f != null) {
                found.add(f);
                prevEnd = m.end();
            }
        }
        Figure done = CompletionClaims.read(section, sent, found, st);
        if (done != null) found.add(done);
        st.figures.addAll(found);
        return found;
    }

    // ---- counts ----

    private Figure count(String section, Sentences.Span sent, Matcher m, int prevEnd, ParagraphState st, List<Figure> earlier) {
        String s = sent.text();
        String numeral = m.group(2);
        String unit = m.group(5);
        boolean chinese = !Character.isDigit(Numerals.toAscii(numeral).charAt(0));
        int start = m.start();
        if (start > 0 && (s.charAt(start - 1) == '第' || Character.isDigit(s.charAt(start - 1))
                || Character.isLetter(s.charAt(start - 1)) && s.charAt(start - 1) < 0x80)) return null;
        if (Cues.NOT_A_COUNT_AFTER.opensAt(s, m.end())) return null;
        if (chinese) {
            if (!Cues.CHINESE_NUMERAL_UNITS.matcher(unit).matches()) return null;
            if (numeral.equals("一") && !ONE_UNITS.matcher(unit).matches()) return null;
        }
        BigDecimal value = Numerals.parse(numeral + (m.group(3) == null ? "" : m.group(3)));
        if (value == null) return null;
        boolean approximate = m.group(1) != null || m.group(4) != null || m.group(6) != null
                || isRound(numeral);

        int clauseStart = Math.max(prevEnd, lastBoundary(s, start));
        String left = s.substring(clauseStart, start);
        int rightEnd = nextBoundary(s, m.end());
        String right = s.substring(m.end(), rightEnd);
        String sentenceLeft = s.substring(0, start);
        String sentenceRight = s.substring(m.end());

        List<Reading> readings = List.of();
        String subject;
        ParagraphState.Topic topic = topic(left, right, st);
        boolean percent = unit.equals("%") || unit.equals("％");
        if (percent) topic = ParagraphState.Topic.OTHER;
        switch (topic) {
            case APPLICATION -> {
                readings = applicationReadings(left, right, s, sentenceLeft, sentenceRight, value, st);
                subject = readings.isEmpty() ? "政府信息公开申请" : "政府信息公开申请·" + readings.get(0).label();
            }
            case REVIEW -> {
                readings = reviewReadings(left + right, value, st);
                subject = readings.isEmpty() ? "行政复议、行政诉讼" : readings.get(0).label();
            }
            case ACTIVE -> {
                String cell = T2Mapper.cell(left + right, version, unit);
                if (cell != null) readings = List.of(new Reading(cell, List.of(Term.of(cell, value))));
                subject = subjectOf(left, right);
            }
            default -> subject = subjectOf(left, right);
        }
        if (topic != ParagraphState.Topic.OTHER) st.topic = topic;

        ScopeResolver.Decision d = countScope(topic, readings, unit, left, sentenceLeft, sent, start, st, earlier);
        int opened = clauseStart; // past the opener (regex ^[、\s]+) of the clause
        while (opened < m.end() && PHRASE_OPENER.contains(s.charAt(opened))) opened++;
        String phrase = s.substring(opened, m.end()).strip();
        int phraseStart = sent.start() + m.end() - phrase.length();
        Figure f = new Figure(FigureKind.COUNT, section, value, unit, approximate, subject, d.scope(), d.cue(),
                phrase, phraseStart, sent.start() + m.end(), s, sent.start(), sent.end(), readings);
        if (topic == ParagraphState.Topic.APPLICATION && value.signum() > 0) st.lastApplicationCount = f;
        return f;
    }

    /** The scope of a count: the resolver's, then what only the topic and the figures before it can tell. */
    private ScopeResolver.Decision countScope(ParagraphState.Topic topic, List<Reading> readings, String unit, String left,
                                              String sentenceLeft, Sentences.Span sent, int start, ParagraphState st,
                                              List<Figure> earlier) {
        ScopeResolver.Decision d = scopes.resolve(sentenceLeft, left);
        if (d.scope() != Scope.WHOLE) return d;
        if (topic == ParagraphState.Topic.ACTIVE && !readings.isEmpty()) {
            // "主动公开规章13件", "通过网站公布行政处罚2条": counts of published items, not of what the table counts.
            Matcher published = PUBLISHED.matcher(left);
            if (published.find()) return new ScopeResolver.Decision(Scope.CHANNEL, published.group());
            if (T2Mapper.isDecisionCount(readings.get(0).label())) {
                String channel = Cues.channel(sentenceLeft);
                if (channel != null) return new ScopeResolver.Decision(Scope.CHANNEL, channel);
            }
        }
        if (topic == ParagraphState.Topic.APPLICATION) {
            Matcher restricted = Cues.RESTRICTED.matcher(left);
            if (restricted.find()) return new ScopeResolver.Decision(Scope.SUBSET, restricted.group());
        }
        Figure parent = subsetParent(sent, start, st, earlier);
        if (parent != null && sameQuantity(parent, readings, unit)) return new ScopeResolver.Decision(Scope.SUBSET, "其中");
        return d;
    }

    private ParagraphState.Topic topic(String left, String right, ParagraphState st) {
        String ctx = Cues.withoutNonRequests(Cues.withoutReviewRequests(left + "|" + right));
        if (Cues.REVIEW.in(left)) return ParagraphState.Topic.REVIEW;
        if (Cues.APPLICATION.in(ctx) && !Cues.REVIEW.in(ctx)) return ParagraphState.Topic.APPLICATION;
        if (Cues.REVIEW.in(ctx)) return ParagraphState.Topic.REVIEW;
        if (st.topic == ParagraphState.Topic.APPLICATION && (Cues.T3_STRONG.in(left + "|" + right) || T3Mapper.columns(left) != null
                || st.lastWasResult && T3Mapper.rows(left, version, true).size() == 1)) return ParagraphState.Topic.APPLICATION;
        if (Cues.T2.in(left + right)) return ParagraphState.Topic.ACTIVE;
        if (st.topic == ParagraphState.Topic.REVIEW && T4Mapper.column(left) != null) return ParagraphState.Topic.REVIEW;
        return ParagraphState.Topic.OTHER;
    }

    private List<Reading> applicationReadings(String left, String right, String sentence, String sentenceLeft,
                                              String sentenceRight, BigDecimal value, ParagraphState st) {
        String clause = left.replace(Cues.SUBSET, "");
        List<T3Mapper.RowChoice> rows = T3Mapper.rows(clause, version, st.lastWasResult);
        // number first: "3件申请结转至下一年度办理"
        if (rows.isEmpty()) rows = T3Mapper.rows(right, version, st.lastWasResult);
        List<String> columns = T3Mapper.columns(clause);
        if (rows.isEmpty() && columns != null && st.rows != null) rows = st.rows;
        // a channel's count ("网上申请4件") is still a count of requests, of a part of them
        boolean general = T3Mapper.onlyRequests(Cues.withoutChannels(clause));
        if (rows.isEmpty() && (columns != null || general)) rows = T3Mapper.ambiguous();
        if (rows.isEmpty()) return List.of(); // "撤回…" or another narrower thing: no cell
        if (rows.size() == 1 && rows.get(0).rows().equals(List.of("new")) && INCLUDES_CARRIED.matcher(sentenceRight).lookingAt()) {
            // "共收到申请20件（含上年结转3件）": the figure counts carried-in requests too
            rows = List.of(new T3Mapper.RowChoice("新收与上年结转", List.of("new", "carried_in")));
        }
        boolean result = rows.size() == 1 && !List.of("new", "carried_in", "carried_out").contains(rows.get(0).rows().get(0))
                && !rows.get(0).rows().equals(List.of("result_total"));
        st.lastWasResult = result;
        if (columns == null || rows != st.rows) st.rows = rows;
        boolean allNatural = Cues.ALL_NATURAL.matcher(sentenceRight).find();
        // One applicant type named, outside a 其中 list, with no other type counted: probably the whole row too
        // (PHRASES.md reads it so). That reading comes first; the applicant column alone stays a reading of its own,
        // so the figure is never called wrong for what it did not say.
        boolean impliesTotal = columns != null && columns.size() == 1 && !sentenceLeft.contains(Cues.SUBSET)
                && otherColumnsCounted(sentence) <= 1;
        List<Reading> out = new ArrayList<>();
        for (T3Mapper.RowChoice rc : rows) {
            String label = rc.label() + (columns != null && columns.size() == 1 ? "（" + T3Mapper.columnLabel(columns.get(0)) + "）" : "");
            if (columns == null) {
                List<Term> terms = new ArrayList<>(T3Mapper.terms(rc.rows(), List.of("total"), value));
                if (allNatural) terms.addAll(T3Mapper.terms(rc.rows(), List.of("natural"), value));
                out.add(new Reading(label, terms));
                continue;
            }
            List<Term> column = T3Mapper.terms(rc.rows(), columns, value);
            if (impliesTotal) {
                List<Term> both = new ArrayList<>(column);
                both.addAll(T3Mapper.terms(rc.rows(), List.of("total"), value));
                out.add(new Reading(label + "，即全部申请", both));
            }
            out.add(new Reading(label, column));
        }
        return out;
    }

    /** How many figures of the sentence name an applicant type. */
    private static int otherColumnsCounted(String sentence) {
        Matcher m = Cues.NUMBER.matcher(sentence);
        int n = 0;
        int from = 0;
        while (Cues.findNumber(m, sentence, from)) {
            if (T3Mapper.columns(sentence.substring(from, m.start())) != null) n++;
            from = m.end();
        }
        return n;
    }

    private List<Reading> reviewReadings(String clause, BigDecimal value, ParagraphState st) {
        List<String> groups = T4Mapper.groups(clause);
        if (groups.isEmpty()) groups = st.groups;
        if (groups == null || groups.isEmpty()) return List.of();
        st.groups = groups;
        String column = T4Mapper.column(clause);
        List<String> cells = T4Mapper.cells(groups, column);
        String label = (groups.contains("review") ? "行政复议" : "") + (groups.contains("suit_direct")
                || groups.contains("suit_after_review") ? "行政诉讼" : "") + (column == null ? "" : "·" + column);
        return List.of(new Reading(label, T3Mapper.split(cells, value)));
    }

    /** The figure a "其中" before {@code start} refers to, if any. */
    private static Figure subsetParent(Sentences.Span sent, int start, ParagraphState st, List<Figure> earlier) {
        String s = sent.text();
        int q = s.lastIndexOf("其中", start);
        if (q < 0) return null;
        int abs = sent.start() + q;
        Figure parent = null;
        for (Figure f : st.figures) if (f.end() <= abs) parent = f;
        for (Figure f : earlier) if (f.end() <= abs) parent = f;
        return parent;
    }

    /** A part names the same quantity as its whole (so it is a subset of it), not a category with its own cell. */
    private static boolean sameQuantity(Figure parent, List<Reading> readings, String unit) {
        if (parent.kind() != FigureKind.COUNT) return false;
        if (readings.isEmpty() && !parent.mapsToCells()) return Objects.equals(parent.unit(), unit) || Figure.isCountUnit(unit);
        return !readings.isEmpty() && parent.readings().equals(readings)
                || !readings.isEmpty() && parent.mapsToCells()
                && parent.readings().get(0).terms().get(0).cells().equals(readings.get(0).terms().get(0).cells());
    }


    private static final Pattern SUBJECT_OPENER =
            Pattern.compile("^[、，,：:\\s]*(其中|全年|共计|共|合计|总计|累计|至底|截至底)?[、，,：:\\s]*");
    private static final Pattern SUBJECT_TAIL = Pattern.compile("(共计|共|合计|总计|累计|达|有)+$");
    // Prefilters: SUBJECT_OPENER matches nothing unless the text opens with one of these, SUBJECT_TAIL unless it
    // ends with the last character of one of its words.
    private static final CharClass OPENER_STARTS = CharClass.of("、，,：:" + CharClass.REGEX_SPACE + "其全共合总累至截");
    private static final CharClass TAIL_ENDS = CharClass.of("计共达有");
    private static final CharClass PHRASE_OPENER = CharClass.of("、" + CharClass.REGEX_SPACE);

    private static String subjectOf(String left, String right) {
        // YEAR matches 19xx年/20xx年: where lastYear finds none, there is nothing to remove
        String l = ScopeResolver.lastYear(left) == null ? left : Cues.YEAR.matcher(left).replaceAll("");
        if (!l.isEmpty() && OPENER_STARTS.contains(l.charAt(0))) l = SUBJECT_OPENER.matcher(l).replaceFirst("");
        l = l.strip();
        if (l.length() > 20) l = l.substring(l.length() - 20);
        if (!l.isEmpty() && TAIL_ENDS.contains(l.charAt(l.length() - 1))) l = SUBJECT_TAIL.matcher(l).replaceAll("");
        if (l.isEmpty()) {
            String r = right.strip();
            return r.length() > 20 ? r.substring(0, 20) : r;
        }
        return l;
    }

    static int lastBoundary(String s, int pos) {
        for (int i = pos - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == '，' || c == ',' || c == '；' || c == ';' || c == '：' || c == ':') return i + 1;
        }
        return 0;
    }

    private static int nextBoundary(String s, int pos) {
        for (int i = pos; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '，' || c == ',' || c == '；' || c == ';' || c == '。' || c == '、') return i;
        }
        return s.length();
    }
}

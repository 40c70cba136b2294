package nianbao.problems;

import nianbao.extract.CharClass;
import nianbao.read.TextCleaner;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the body of section 五 into single statements and tells problems from remedies.
 *
 * <p>Headings ("（一）存在的主要问题", "改进措施："), lead-ins ("…仍存在一些问题和不足，") and openers ("下一步",
 * "2022年，我乡将…") set which part the following statements belong to; a statement that no such cue covers is
 * judged on its own words. An item that turns from a problem to its remedy ("一是宣传不够，下一步将…") is split
 * in two, so paragraphs mixing both are handled.
 */
public final class StatementSplitter {
    private StatementSplitter() {}

    /** A statement as split, before classification. */
    public record Piece(String text, StatementKind kind) {}

    /** What may not stand in a heading: clause and sentence punctuation. Its first after a heading's start ends it. */
    private static final String NOT_IN_HEADING = "，,。：:；;";
    private static final Pattern INLINE_HEADING = Pattern.compile("^([^" + NOT_IN_HEADING + "]{2,16})[：:]");
    /** Characters that end a sentence; the text is cut right after each. */
    private static final String SENTENCE_ENDS = "。！!？?；;";
    private static final Pattern PAGE_NUMBER = Pattern.compile("[-－—–\\s]*(第\\s*)?\\d+\\s*(页)?[-－—–\\s]*");
    /** The characters a {@link #PAGE_NUMBER} line can start with: most lines start otherwise, and need no matcher. */
    private static final CharClass PAGE_NUMBER_STARTS = CharClass.of("-－—–第0123456789" + CharClass.REGEX_SPACE);
    private static final Pattern ENDS_CLAUSE = Pattern.compile("[。！!？?；;：:]$");
    private static final int MAX_HEADING = 30;

    public static List<Piece> split(String sectionText) {
        return split(sectionText, false);
    }

    /**
     * As {@link #split(String)}; with {@code untilBoth}, stops after the line where both a problem and a remedy have
     * been found, which is all the section's balance needs.
     */
    static List<Piece> split(String sectionText, boolean untilBoth) {
        Splitting splitting = new Splitting(untilBoth);
        // paragraphs are cut one at a time, so a balance stops cutting where it has what it needs
        paragraphs(sectionText, p -> {
            for (String line : atPartHeadings(p)) if (!splitting.line(line)) return false;
            return true;
        });
        return splitting.out;
    }

    /** The statements of the lines seen so far, and the part (problems or remedies) the next line belongs to. */
    private static final class Splitting {
        final List<Piece> out = new ArrayList<>();
        final boolean untilBoth;
        StatementKind context;

        Splitting(boolean untilBoth) { this.untilBoth = untilBoth; }

        /** Reads one line; false when the split is done. */
        boolean line(String line) {
            if (untilBoth && holdsBoth(out)) return false;
            String body = headingBody(line);
            StatementKind heading = body == null ? null : bodyKind(body);
            if (heading != null || body != null && isBare(body)) {
                if (heading != null) context = heading;
                return true;
            }
            Matcher inline = INLINE_HEADING.matcher(line);
            if (inline.find()) {
                StatementKind k = KindCues.titled(inline.group(1));
                if (k != null) {
                    context = k;
                    line = trim(line.substring(inline.end()));
                }
            }
            context = paragraph(line, context, out);
            return true;
        }
    }

    private static boolean holdsBoth(List<Piece> pieces) {
        boolean problem = false;
        boolean remedy = false;
        for (Piece p : pieces) {
            problem |= p.kind() == StatementKind.PROBLEM;
            remedy |= p.kind() == StatementKind.REMEDY;
        }
        return problem && remedy;
    }

    /**
     * A paragraph cut where a part heading follows a sentence ("…有待提高。改进措施：一是…"), so the heading opens
     * its part even when the report runs both parts into one paragraph.
     */
    static List<String> atPartHeadings(String paragraph) {
        List<String> out = new ArrayList<>();
        int from = 0;
        // a heading ends in a colon: without one there is none to look for
        boolean colon = paragraph.indexOf('：') >= 0 || paragraph.indexOf(':') >= 0;
        for (int at = 0; colon && at < paragraph.length(); at++) {
            int end = midHeadingEnd(paragraph, at);
            if (end < 0) continue;
            if (KindCues.titled(paragraph.substring(at, end - 1)) != null) {
                out.add(paragraph.substring(from, at));
                from = at;
            }
            at = end - 1; // the search goes on after the heading, matched or not
        }
        out.add(paragraph.substring(from));
        return out;
    }

    /**
     * Where a heading starting at {@code at} ends, past its colon, or -1: regex
     * {@code (?<=[。！!？?；;])([^，,。：:；;]{2,16})[：:]} at {@code at}. The heading runs to the first character it
     * may not hold, which must be the colon, two to sixteen characters (code points, as the regex counts) on.
     */
    private static int midHeadingEnd(String p, int at) {
        if (at == 0 || SENTENCE_ENDS.indexOf(p.charAt(at - 1)) < 0) return -1;
        int e = at;
        while (e < p.length() && NOT_IN_HEADING.indexOf(p.charAt(e)) < 0) e++;
        if (e == p.length() || p.charAt(e) != '：' && p.charAt(e) != ':') return -1;
        int n = Character.codePointCount(p, at, e);
        return n >= 2 && n <= 16 ? e + 1 : -1;
    }

    /**
     * The section's paragraphs: cleaned lines, page numbers ("- 5 -") dropped, and lines wrapped mid-sentence (as
     * PDFs print them) joined to the line before, unless the line before ends a sentence or clause, or is a heading,
     * or the line opens a list item.
     */
    static List<String> paragraphs(String sectionText) {
        List<String> out = new ArrayList<>();
        paragraphs(sectionText, out::add);
        return out;
    }

    /** {@link #paragraphs(String)} handed to {@code each} in order, until it returns false. */
    private static void paragraphs(String sectionText, Predicate<String> each) {
        StringBuilder current = null;
        for (String raw : sectionText.split("\n")) {
            String line = trim(TextCleaner.clean(raw));
            if (line.isEmpty() || PAGE_NUMBER_STARTS.contains(line.charAt(0)) && PAGE_NUMBER.matcher(line).matches()) continue;
            boolean continues = current != null && !endsClause(current) && !isHeading(current)
                    && !opensItem(line) && headingKind(line) == null;
            if (continues) {
                current.append(line);
            } else {
                if (current != null && !each.test(current.toString())) return;
                current = new StringBuilder(line);
            }
        }
        if (current != null) each.test(current.toString());
    }

    /** {@link #ENDS_CLAUSE} on the text; a match ends it, so only its last three characters can hold one. */
    private static boolean endsClause(CharSequence text) {
        return ENDS_CLAUSE.matcher(text.subSequence(Math.max(0, text.length() - 3), text.length())).find();
    }

    /** A heading line of either kind; a long paragraph is none, and is not copied to tell. */
    private static boolean isHeading(CharSequence text) {
        if (text.length() > MAX_HEADING + 8) return false;
        String body = headingBody(text.toString());
        return bodyKind(body) != null || isBare(body);
    }

    private static boolean opensItem(String line) {
        return ListMarkers.opensList(line);
    }

    /** Splits one paragraph into items or sentences; returns the context for what follows. */
    private static StatementKind paragraph(String text, StatementKind context, List<Piece> out) {
        List<ListMarkers.Marker> markers = ListMarkers.find(text);
        if (markers.isEmpty()) return sentences(text, context, out);
        String leadIn = trim(text.substring(0, markers.get(0).start()));
        if (!leadIn.isEmpty()) {
            // One clause ("…仍存在一些问题和不足，") introduces the list; several sentences are statements first,
            // the last of them, ending in a colon, introducing the list.
            StatementKind k = sentenceCount(leadIn) == 1 ? KindCues.introduced(leadIn) : null;
            // keep the colon that ends the lead-in: it marks the sentence introducing the list
            context = k != null ? k : sentences(text.substring(0, markers.get(0).start()).strip(), context, out);
        }
        for (int i = 0; i < markers.size(); i++) {
            int end = i + 1 < markers.size() ? markers.get(i + 1).start() : text.length();
            String item = trim(text.substring(markers.get(i).end(), end));
            if (!item.isEmpty()) statement(item, context, out, false);
        }
        return context;
    }

    /**
     * The text cut after every sentence end, as {@code Pattern.compile("(?<=[。！!？?；;])").split(text)} cuts it
     * (no empty piece at the end; the text itself when there is no cut), without trying a lookbehind at every position.
     */
    static List<String> splitSentences(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0, n = text.length() - 1; i < n; i++) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                out.add(text.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < text.length() || out.isEmpty()) out.add(text.substring(from));
        return out;
    }

    /** How many pieces {@link #splitSentences} makes of the text. */
    private static int sentenceCount(String text) {
        int n = 1;
        for (int i = 0, last = text.length() - 1; i < last; i++) if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) n++;
        return n;
    }

    private static StatementKind sentences(String text, StatementKind context, List<Piece> out) {
        for (String s : splitSentences(text)) {
            String sentence = trim(s);
            if (sentence.isEmpty()) continue;
            if (s.strip().endsWith("：") || s.strip().endsWith(":")) {
                StatementKind k = KindCues.introduced(sentence);
                if (k != null) {
                    context = k;
                    continue;
                }
            }
            context = statement(sentence, context, out, true);
        }
        return context;
    }

    /**
     * Adds one statement with its kind. An opener like 下一步 makes it a remedy, and, when it starts a sentence of
     * its own ({@code opensPart}), a remedy part that later sentences belong to.
     */
    private static StatementKind statement(String text, StatementKind context, List<Piece> out, boolean opensPart) {
        if (KindCues.opensRemedy(text)) {
            out.add(new Piece(text, StatementKind.REMEDY));
            return opensPart ? StatementKind.REMEDY : context;
        }
        boolean problemOpener = opensPart && KindCues.opensProblem(text);
        if (problemOpener) context = StatementKind.PROBLEM;
        StatementKind kind = context != null ? context : KindCues.byWords(text);
        // an item may turn to what will be done ("…形式单一。下一步，将…"): look for the turn unless already in remedies
        int turn = context == StatementKind.REMEDY ? -1 : KindCues.remedyTurn(text);
        if (turn < 0) {
            out.add(new Piece(text, kind));
            return context;
        }
        String before = trim(text.substring(0, turn));
        if (!before.isEmpty()) out.add(new Piece(before, context != null ? context : KindCues.byWords(before)));
        out.add(new Piece(trim(text.substring(turn)), StatementKind.REMEDY));
        // A sentence that turns to remedies leads the sentences after it; an item of a list does not.
        return opensPart ? StatementKind.REMEDY : context;
    }

    /** The kind a heading line introduces: short, no full stop, naming one part. */
    private static StatementKind headingKind(String line) {
        String body = headingBody(line);
        return body == null ? null : bodyKind(body);
    }

    /** The text of a line that may be a heading, without its list marker; null when the line is too long. */
    private static String headingBody(String line) {
        if (line.length() > MAX_HEADING + 8) return null;
        int marker = ListMarkers.openingEnd(line);
        return trim(marker < 0 ? line : line.substring(marker));
    }

    /** See {@link #headingKind}. */
    private static StatementKind bodyKind(String body) {
        if (body.length() > MAX_HEADING || body.contains("。") || body.contains("，")) return null;
        return KindCues.titled(body);
    }

    /** A heading that names both parts, like a repeated "存在的主要问题及改进情况": skipped. */
    private static boolean isBare(String body) {
        return body.length() <= MAX_HEADING && body.contains("问题") && body.contains("改进") && !body.contains("。");
    }

    /** Characters {@link #trim} strips from both ends: spaces (regex \s and U+3000) and clause punctuation. */
    private static final String TRIMMED = CharClass.REGEX_SPACE + "\u3000，,；;：:、";

    private static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && TRIMMED.indexOf(s.charAt(a)) >= 0) a++;
        while (b > a && TRIMMED.indexOf(s.charAt(b - 1)) >= 0) b--;
        return s.substring(a, b);
    }
}

package nianbao.index;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * HanLP's Viterbi segmenter as the index uses it: offsets on, index mode off (its overlapping fragments break phrase
 * queries), the domain dictionary on, name recognition off (it is slow and its guesses vary with context, which
 * would make the same word segment differently in different reports). One instance per thread.
 */
public final class Segmenter {
    /** A word of the text: {@code text.substring(start, end)} of the normalised text. */
    public record Word(String text, int start, int end) {}

    private final Segment segment;

    public Segmenter() {
        HanLPData.ensureReady();
        segment = new ViterbiSegment()
                .enableOffset(true)
                .enableIndexMode(false)
                .enableCustomDictionary(true)
                .enableNameRecognize(false)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableNumberQuantifierRecognize(false)
                .enablePartOfSpeechTagging(false);
    }

    /**
     * The words of an already normalised text (see {@link TextNormalizer}), punctuation and spaces left out. The
     * text is segmented line by line: no word spans a line break, and the segmenter's work stays small per call.
     */
    public Words words(char[] text, int length) {
        Words out = new Words(text);
        int lineStart = 0;
        for (int i = 0; i <= length; i++) {
            if (i == length || text[i] == '\n') {
                if (i > lineStart) segmentLine(text, lineStart, i, out);
                lineStart = i + 1;
            }
        }
        return out;
    }

    public Words words(String normalizedText) {
        return words(normalizedText.toCharArray(), normalizedText.length());
    }

    private void segmentLine(char[] text, int from, int to, Words out) {
        char[] line = new char[to - from];
        System.arraycopy(text, from, line, 0, line.length);
        for (Term t : segment.seg(line)) {
            if (!hasLetterOrDigit(t.word)) continue;
            int start = from + t.offset;
            out.add(start, start + t.word.length());
        }
    }

    private static boolean hasLetterOrDigit(String w) {
        for (int i = 0; i < w.length(); i++) if (Character.isLetterOrDigit(w.charAt(i))) return true;
        return false;
    }
}

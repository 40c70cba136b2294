package nianbao.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sentences two texts share, compared in their {@link TextKey} form, and runs of consecutive shared sentences
 * joined into passages as printed in the first text.
 */
public final class SharedPassages {
    private SharedPassages() {}

    /** Sentences shorter than this (after masking) are too common to show copying: "无。", "详见附表。" */
    public static final int MIN_SENTENCE = 8;

    /** The sentences of {@code a} whose comparable form is also a sentence of {@code b}, in {@code a}'s order. */
    public static List<String> sentences(String a, List<String> namesA, String b, List<String> namesB) {
        List<String> out = new ArrayList<>();
        for (Run r : runs(a, namesA, b, namesB)) out.addAll(r.sentences);
        return out;
    }

    /** Runs of consecutive shared sentences of {@code a}, each joined as one passage. */
    public static List<String> passages(String a, List<String> namesA, String b, List<String> namesB) {
        List<String> out = new ArrayList<>();
        for (Run r : runs(a, namesA, b, namesB)) out.add(String.join("", r.sentences));
        return out;
    }

    private record Run(List<String> sentences) {}

    private static List<Run> runs(String a, List<String> namesA, String b, List<String> namesB) {
        Set<String> inB = new HashSet<>();
        for (String s : TextKey.sentences(b)) {
            String k = TextKey.of(s, namesB);
            if (k.length() >= MIN_SENTENCE) inB.add(k);
        }
        List<Run> runs = new ArrayList<>();
        List<String> current = null;
        for (String s : TextKey.sentences(a)) {
            String k = TextKey.of(s, namesA);
            if (k.length() >= MIN_SENTENCE && inB.contains(k)) {
                if (current == null) current = new ArrayList<>();
                current.add(s);
            } else if (k.length() > 0 && current != null) {
                runs.add(new Run(current));
                current = null;
            }
        }
        if (current != null) runs.add(new Run(current));
        return runs;
    }
}

package nianbao.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The seed reports' text (corpus/*.txt) as lines and as sentences, plus hand-made edge strings: inputs for the
 * property tests that hold a hand-written scanner to the regex it stands in for.
 */
public final class SeedText {
    private SeedText() {}

    /** Strings the corpus may lack: empty, blank, one character, supplementary characters, odd ends. */
    public static final List<String> EDGES = List.of(
            "", " ", "\n", "。", "无", "\u3000", "\t\u000B\f\r", "𠀀", "\uD800", "a\uDC00b",
            "1", "一", "约", "近3件", "3件", "三件", "共计１２件。", "受理12件，办结12件", "未", "无。", "没有",
            "（一）", "(1)", "1.", "一是", "首先，", "。一、", "；二是；", "12.5%", "一二三四五六七八九十件",
            "上年结转3件。", "3亿余件", "逾2亿多人次", "约1.5万余元", "通过网站、微信公开", "APP", "！？!?", "。。", "a。", "。a", "，\n。\n");

    /** Every line of every seed report. */
    public static List<String> lines() {
        List<String> out = new ArrayList<>();
        for (String text : reports()) out.addAll(text.lines().toList());
        return out;
    }

    /** Every sentence (as {@link Sentences#split} cuts them) of every seed report. */
    public static List<String> sentences() {
        List<String> out = new ArrayList<>();
        for (String text : reports()) for (Sentences.Span s : Sentences.split(text)) out.add(s.text());
        return out;
    }

    /** Lines, sentences and the edge strings. */
    public static List<String> all() {
        List<String> out = new ArrayList<>(lines());
        out.addAll(sentences());
        out.addAll(EDGES);
        return out;
    }

    static List<String> reports() {
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            List<String> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            if (out.isEmpty()) throw new IllegalStateException("no seed reports in corpus/");
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

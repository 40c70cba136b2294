package nianbao.problems;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The problem and remedy categories of section 五, read from a tab-separated data file (see the shipped
 * {@code taxonomy.tsv} for the format). The shipped file is the default; a {@code taxonomy.tsv} in the corpus
 * folder replaces it so users can grow the taxonomy without rebuilding.
 */
public final class Taxonomy {
    public static final String FILE_NAME = "taxonomy.tsv";
    private static final String RESOURCE = "/nianbao/problems/" + FILE_NAME;
    /** How far apart the two parts of an {@code A…B} keyword may be. */
    private static final String GAP = "[^。；;！!？?\\n]{0,20}?";

    private final Map<String, Category> byCode;
    private final String source;

    private Taxonomy(List<Category> categories, String source) {
        Map<String, Category> m = new LinkedHashMap<>();
        for (Category c : categories) m.put(c.code(), c);
        this.byCode = java.util.Collections.unmodifiableMap(m);
        this.source = source;
    }

    /** The taxonomy shipped with nianbao. */
    public static Taxonomy builtIn() {
        try (InputStream in = Taxonomy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "内置 (built-in)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The user's {@code taxonomy.tsv} in {@code corpusDir} when there is one, else the built-in taxonomy. */
    public static Taxonomy forCorpus(Path corpusDir) throws IOException {
        if (corpusDir != null) {
            Path own = corpusDir.resolve(FILE_NAME);
            if (Files.isRegularFile(own)) return load(own);
        }
        return builtIn();
    }

    public static Taxonomy load(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.toString());
        }
    }

    /** Parses the file format; a malformed line fails with its line number. */
    public static Taxonomy parse(Reader reader, String source) throws IOException {
        List<Category> cats = new ArrayList<>();
        BufferedReader br = new BufferedReader(reader);
        String line;
        int no = 0;
        while ((line = br.readLine()) != null) {
            no++;
            line = line.replace("\uFEFF", "");
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length < 4) {
                throw new IOException(source + " 第" + no + "行应有4列，以制表符分隔 (line " + no
                        + ": expected 4 tab-separated columns: code, kind, name, keywords)");
            }
            StatementKind kind = switch (f[1].trim().toLowerCase(java.util.Locale.ROOT)) {
                case "problem", "问题" -> StatementKind.PROBLEM;
                case "remedy", "改进" -> StatementKind.REMEDY;
                default -> throw new IOException(source + " 第" + no + "行类型应为 problem 或 remedy (line " + no
                        + ": kind must be problem or remedy, not " + f[1].trim() + ")");
            };
            List<String> keywords = new ArrayList<>();
            List<Pattern> patterns = new ArrayList<>();
            for (String k : f[3].split("[,，]")) {
                String kw = k.trim();
                if (kw.isEmpty()) continue;
                keywords.add(kw);
                patterns.add(compile(kw));
            }
            cats.add(new Category(f[0].trim(), kind, f[2].trim(), keywords, patterns));
        }
        if (cats.isEmpty()) throw new IOException(source + " 中没有分类 (no categories in file)");
        return new Taxonomy(cats, source);
    }

    /** {@code A…B} → A, a short gap within the clause, B; {@code X(Y)Z} → Y optional; the rest literal. */
    static Pattern compile(String keyword) {
        StringBuilder re = new StringBuilder();
        String[] parts = keyword.split("…+|\\.\\.\\.", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) re.append(GAP);
            re.append(literalWithOptionals(parts[i]));
        }
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE);
    }

    private static String literalWithOptionals(String s) {
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int close = (c == '(' || c == '（') ? indexOfClose(s, i + 1) : -1;
            if (close > 0) {
                re.append("(?:").append(Pattern.quote(s.substring(i + 1, close))).append(")?");
                i = close + 1;
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return re.toString();
    }

    private static int indexOfClose(String s, int from) {
        for (int j = from; j < s.length(); j++) if (s.charAt(j) == ')' || s.charAt(j) == '）') return j;
        return -1;
    }

    /** Codes of the categories of this kind that a statement matches, in taxonomy order. */
    public List<String> classify(String text, StatementKind kind) {
        List<String> codes = new ArrayList<>();
        for (Category c : byCode.values()) if (c.kind() == kind && c.matches(text)) codes.add(c.code());
        return codes;
    }

    public Category category(String code) { return byCode.get(code); }

    public List<Category> categories() { return List.copyOf(byCode.values()); }

    public List<Category> categories(StatementKind kind) {
        return byCode.values().stream().filter(c -> c.kind() == kind).toList();
    }

    /** Where the taxonomy was read from, for output. */
    public String source() { return source; }
}

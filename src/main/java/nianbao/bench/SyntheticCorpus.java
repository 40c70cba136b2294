package nianbao.bench;

import nianbao.parse.ReportParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import nianbao.model.Cells;
import nianbao.model.FormatVersion;
import nianbao.model.Level;
import nianbao.model.Report;
import nianbao.model.Section;
import nianbao.model.SectionKey;

/**
 * A large synthetic corpus of annual reports made from the seed reports, for benchmarks and scale tests.
 *
 * <p>Report {@code i} of a corpus depends only on the seed texts, the corpus seed and {@code i}: the same inputs give
 * the same report on any machine, any report can be made on its own (in any order, in parallel), and corpora of
 * different sizes share their first reports. Each report gets a made-up agency (real provinces, cities and counties,
 * so region filters look real; level 乡镇街道, 部门, 区县, 市 or 省), a year from 2019 to 2024 with the table format
 * of that year, fresh table figures that add up (except about one report in twenty, whose table 三 总计 is off by
 * one), and narrative sections drawn from the seeds' sentences in a new order and selection, with the seeds' place
 * names, years and figures replaced.
 *
 * <p>Two ways out, the same report either way:
 * <ul>
 *   <li>{@link #text(int)} / {@link #writeTexts(Path, int)}: the report as a UTF-8 text file in the seeds' layout
 *       (title, the six standard headings, tables as tab-separated rows), for the real reader and parser;</li>
 *   <li>{@link #report(int)} / {@link #reports(int)}: a {@link Report} built directly, sections with their offsets
 *       into the text and every table cell under its canonical ID, for speed where parsing is not what is measured.</li>
 * </ul>
 *
 * <pre>{@code
 * SyntheticCorpus corpus = SyntheticCorpus.fromSeeds(Path.of("corpus"), 42);
 * Report r = corpus.report(7);                       // built directly
 * List<Path> files = corpus.writeTexts(dir, 1000);   // 1000 text files for the parser
 * }</pre>
 */
public final class SyntheticCorpus {
    /** The seed used when the caller has no reason to choose one. */
    public static final long DEFAULT_SEED = 20211231L;

    private static final Pattern FIGURE = Pattern.compile("(?<![［〔\\[\\]］〕\\d])\\d+(?![］〕\\]\\d、.])");

    private final SeedPool pool;
    private final long seed;

    private SyntheticCorpus(SeedPool pool, long seed) {
        this.pool = pool;
        this.seed = seed;
    }

    /**
     * A corpus built from the {@code *.txt} seed reports in a folder (the project's {@code corpus/}).
     *
     * @throws IOException when the folder cannot be read or holds no seed report with narrative sections
     */
    public static SyntheticCorpus fromSeeds(Path seedDir, long seed) throws IOException {
        return new SyntheticCorpus(SeedPool.load(seedDir), seed);
    }

    /** Report {@code i} as a text file's content, in the seeds' layout. */
    public String text(int i) {
        return compose(i).text;
    }

    /** A file name for report {@code i}: its number (so names sort in corpus order), year and agency. */
    public String fileName(int i) {
        Composed c = compose(i);
        return fileName(i, c);
    }

    /** Report {@code i} built directly, without reading or parsing; its source is {@link #fileName(int)}. */
    public Report report(int i) {
        Composed c = compose(i);
        return new Report(ReportParser.id(c.text), fileName(i, c), "text", "UTF-8", c.title, c.agency.name(), c.year,
                c.agency.region(), c.agency.level(), c.published, c.format, c.sections, new Cells(c.cells),
                List.of(), c.text);
    }

    /** Reports {@code 0 … count-1}, in order. */
    public Stream<Report> reports(int count) {
        return IntStream.range(0, count).mapToObj(this::report);
    }

    /**
     * Writes reports {@code 0 … count-1} as UTF-8 text files into {@code dir} (created if needed).
     *
     * @return the files written, in corpus order
     */
    public List<Path> writeTexts(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Composed c = compose(i);
            Path f = dir.resolve(fileName(i, c));
            Files.writeString(f, c.text, StandardCharsets.UTF_8);
            files.add(f);
        }
        return files;
    }

    private static String fileName(int i, Composed c) {
        return String.format("%06d_%d_%s.txt", i, c.year, c.agency.name());
    }

    /** Everything about one report, made in one pass so text and sections agree. */
    private record Composed(String text, String title, SyntheticAgency agency, int year, FormatVersion format,
                            String published, List<Section> sections, Map<String, java.math.BigDecimal> cells) {}

    private Composed compose(int i) {
        SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        SyntheticAgency agency = SyntheticAgency.random(rnd);
        int year = 2019 + rnd.nextInt(6);
        FormatVersion format = year <= 2020 ? FormatVersion.V2019 : FormatVersion.V2021;
        SyntheticTables.Tables tables = SyntheticTables.make(rnd, format, scaleOf(agency.level()));
        String title = agency.name() + year + "年政府信息公开工作年度报告";

        StringBuilder text = new StringBuilder(title).append("\n\n");
        List<Section> sections = new ArrayList<>(6);
        for (SectionKey key : SectionKey.values()) {
            text.append(key.standardHeading()).append('\n');
            String body = key.isNarrative() ? narrative(rnd, key, agency, year, format)
                    : tables.bodies().get(key);
            sections.add(new Section(key, key.standardHeading(), body, text.length()));
            text.append(body).append("\n\n");
        }
        int month = 1 + rnd.nextInt(3);
        int day = 1 + rnd.nextInt(28);
        String published = String.format("%d-%02d-%02d", year + 1, month, day);
        // The signature, right-aligned with spaces as in the seeds; it belongs to no section.
        text.append("                            ").append(agency.name()).append('\n')
                .append("                            ").append(year + 1).append('年').append(month).append('月')
                .append(day).append("日\n");
        return new Composed(text.toString(), title, agency, year, format, published, sections, tables.cells());
    }

    private static int scaleOf(Level level) {
        return switch (level) {
            case TOWNSHIP -> 4;
            case DEPARTMENT, COUNTY -> 30;
            case CITY -> 150;
            case PROVINCE -> 400;
        };
    }

    /** Paragraphs of seed sentences, some under a seed sub-heading, in a fresh selection and order. */
    private String narrative(SplittableRandom rnd, SectionKey key, SyntheticAgency agency, int year,
                             FormatVersion format) {
        SeedPool.Pools p = pool.of(key);
        List<String> sentences = p.sentences();
        int paragraphs = switch (key) {
            case OVERVIEW -> 3 + rnd.nextInt(4);
            case PROBLEMS -> 2 + rnd.nextInt(3);
            default -> 1;
        };
        StringBuilder sb = new StringBuilder();
        // Each seed sentence at most once per section, as a writer would not repeat himself.
        java.util.BitSet used = new java.util.BitSet(sentences.size());
        if (key == SectionKey.OTHER && format == FormatVersion.V2021) {
            // The 2021 format requires section 六 to state the 信息处理费; say it the way a seed did.
            List<String> fee = sentences.stream().filter(s -> s.contains("费")).toList();
            if (!fee.isEmpty()) {
                sb.append(fill(fee.get(rnd.nextInt(fee.size())), rnd, agency, year)).append('\n');
                paragraphs = 0;
            }
        }
        for (int k = 0; k < paragraphs; k++) {
            if (!p.subheadings().isEmpty() && rnd.nextInt(2) == 0) {
                sb.append(fill(p.subheadings().get(rnd.nextInt(p.subheadings().size())), rnd, agency, year))
                        .append('\n');
            }
            int n = Math.min(sentences.size(), key == SectionKey.OTHER ? 1 : 2 + rnd.nextInt(4));
            for (int j = 0; j < n && used.cardinality() < sentences.size(); j++) {
                int pick = rnd.nextInt(sentences.size());
                while (used.get(pick)) pick = (pick + 1) % sentences.size();
                used.set(pick);
                sb.append(fill(sentences.get(pick), rnd, agency, year));
            }
            sb.append('\n');
        }
        return sb.toString().stripTrailing();
    }

    /** Puts fresh figures, then the synthetic agency's names and years, into a seed sentence. */
    private static String fill(String sentence, SplittableRandom rnd, SyntheticAgency agency, int year) {
        Matcher m = FIGURE.matcher(sentence);
        StringBuilder figures = new StringBuilder(sentence.length());
        int last = 0;
        while (m.find()) {
            figures.append(sentence, last, m.start()).append(similarFigure(rnd, m.end() - m.start()));
            last = m.end();
        }
        figures.append(sentence, last, sentence.length());
        StringBuilder sb = new StringBuilder(figures.length() + 8);
        for (int i = 0; i < figures.length(); i++) {
            char ch = figures.charAt(i);
            if (ch == SeedPool.AGENCY_MARK.charAt(0)) {
                sb.append(agency.shortName());
            } else if (ch == SeedPool.COUNTY_MARK.charAt(0)) {
                sb.append(agency.countyShort());
            } else if (ch == SeedPool.YEAR_MARK && i + 1 < figures.length()) {
                sb.append(year + (figures.charAt(++i) - 'f'));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** A number with as many digits as the one it replaces. */
    private static String similarFigure(SplittableRandom rnd, int digits) {
        if (digits == 1) return Integer.toString(rnd.nextInt(10));
        StringBuilder sb = new StringBuilder(digits).append((char) ('1' + rnd.nextInt(9)));
        for (int i = 1; i < digits; i++) sb.append((char) ('0' + rnd.nextInt(10)));
        return sb.toString();
    }

    /** A content-derived id, so the same text always gets the same id. */
}

package nianbao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nianbao.model.SectionKey;

/**
 * The narrative material of the seed reports, cut into sentences and sub-headings per narrative section, with the
 * seeds' own place names marked so the generator can put other names in their place.
 *
 * <p>The seeds are split by their section headings with a small matcher of its own: the generator must not depend on
 * the real parser, which it is used to test and benchmark.
 */
final class SeedPool {
    /** Marks where a seed named its own agency; replaced by the synthetic agency's short name. */
    static final String AGENCY_MARK = "\u0001";
    /** Marks where a seed named its own county; replaced by the synthetic county's short name. */
    static final String COUNTY_MARK = "\u0002";
    /**
     * Marks a year, followed by one letter {@code 'f' + (year - seed's year)} (not a digit, so figure replacement
     * leaves it alone), so a seed's "2022年，我乡将…" stays
     * one year after whatever year the synthetic report covers.
     */
    static final char YEAR_MARK = '\u0003';
    private static final Pattern YEAR = Pattern.compile("20\\d\\d(?=年)");

    private static final Pattern HEADING = Pattern.compile(
            "^\\s*(?:[一二三四五六][、.．]|[1-6][、.．]\\s*)?\\s*"
                    + "(总体情况|(?:行政机关)?主动公开政府信息情况|收到和处理政府信息公开申请情况|(?:政府信息公开)?行政复议|"
                    + "因政府信息公开工作被申请行政复议|存在的主要问题|存在问题|当前存在的主要问题|其他需要报告的事项|其他事项)");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。；！？])");
    private static final Pattern DEBRIS = Pattern.compile("\\[bookmark:[^]]*]|\\*\\*|^\\s*-\\s+");

    record Pools(List<String> sentences, List<String> subheadings) {}

    private final Map<SectionKey, Pools> pools;
    private final int seedCount;

    private SeedPool(Map<SectionKey, Pools> pools, int seedCount) {
        this.pools = pools;
        this.seedCount = seedCount;
    }

    Pools of(SectionKey key) { return pools.get(key); }

    int seedCount() { return seedCount; }

    /** Reads every {@code *.txt} seed in a folder (sorted by name, so the pools do not depend on the file system). */
    static SeedPool load(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        if (files.isEmpty()) throw new IOException("种子目录中没有 .txt 报告 (no seed reports in " + dir + ")");
        Map<SectionKey, List<String>> sentences = new EnumMap<>(SectionKey.class);
        Map<SectionKey, List<String>> subheadings = new EnumMap<>(SectionKey.class);
        for (SectionKey k : SectionKey.values()) {
            sentences.put(k, new ArrayList<>());
            subheadings.put(k, new ArrayList<>());
        }
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8).replace("\uFEFF", "").replace("\r", "");
            List<String> names = placeNames(f.getFileName().toString());
            int seedYear = seedYear(f.getFileName().toString());
            SectionKey current = null;
            for (String raw : text.split("\n")) {
                SectionKey heading = headingOf(raw);
                if (heading != null) {
                    current = heading;
                    continue;
                }
                if (current == null || !current.isNarrative()) continue;
                // Signature lines are right-aligned with many spaces; they are not narrative.
                if (raw.startsWith("    ")) continue;
                String line = DEBRIS.matcher(raw).replaceAll("").strip();
                if (line.isEmpty()) continue;
                line = line.replace(names.get(0), AGENCY_MARK);
                if (names.size() > 1) line = line.replace(names.get(1), COUNTY_MARK);
                line = markYears(line, seedYear);
                if (isSubheading(line)) {
                    subheadings.get(current).add(line);
                } else {
                    for (String s : SENTENCE_END.split(line)) {
                        if (!s.isBlank()) sentences.get(current).add(s.strip());
                    }
                }
            }
        }
        Map<SectionKey, Pools> out = new EnumMap<>(SectionKey.class);
        for (SectionKey k : SectionKey.values()) {
            if (!k.isNarrative()) continue;
            if (sentences.get(k).isEmpty()) {
                throw new IOException("种子报告中找不到章节 (no seed text for section) " + k.standardHeading());
            }
            out.put(k, new Pools(List.copyOf(sentences.get(k)), List.copyOf(subheadings.get(k))));
        }
        return new SeedPool(out, files.size());
    }

    private static String markYears(String line, int seedYear) {
        Matcher m = YEAR.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int offset = Integer.parseInt(m.group()) - seedYear;
            if (offset < -5 || offset > 4) continue;
            m.appendReplacement(sb, "");
            sb.append(YEAR_MARK).append((char) ('f' + offset));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static int seedYear(String fileName) {
        Matcher m = Pattern.compile("^(\\d{4})_").matcher(fileName);
        return m.find() ? Integer.parseInt(m.group(1)) : 2021;
    }

    static SectionKey headingOf(String line) {
        Matcher m = HEADING.matcher(line);
        if (!m.find()) return null;
        // A heading is short; a narrative line that merely starts with these words is not one.
        if (line.strip().length() > 30) return null;
        String w = m.group(1);
        if (w.equals("总体情况")) return SectionKey.OVERVIEW;
        if (w.contains("主动公开")) return SectionKey.ACTIVE;
        if (w.contains("收到和处理")) return SectionKey.APPLICATIONS;
        if (w.contains("行政复议")) return SectionKey.REVIEW;
        if (w.contains("问题")) return SectionKey.PROBLEMS;
        return SectionKey.OTHER;
    }

    /** A short line without sentence punctuation, such as （一）主动公开 or 改进措施：. */
    private static boolean isSubheading(String line) {
        return line.length() <= 24 && !line.contains("。") && !line.contains("；");
    }

    /**
     * The seed's own place names from its file name ({@code 2021_富阳区湖源乡.txt} → 湖源, 富阳): the agency's core name
     * without its 街道办事处/乡/镇 ending, then the county's without 区/县 when the name has one.
     */
    static List<String> placeNames(String fileName) {
        String name = fileName.replaceFirst("\\.txt$", "").replaceFirst("^\\d{4}_", "");
        String countyName = null;
        Matcher county = Pattern.compile("^(.{2,3}?)[区县]").matcher(name);
        if (county.find()) {
            countyName = county.group(1);
            name = name.substring(county.end());
        }
        List<String> out = new ArrayList<>();
        out.add(name.replaceFirst("(街道办事处|办事处|街道|人民政府|乡|镇)$", ""));
        if (countyName != null) out.add(countyName);
        return out;
    }
}

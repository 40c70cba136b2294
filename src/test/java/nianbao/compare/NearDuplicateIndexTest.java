package nianbao.compare;

import nianbao.model.Report;
import nianbao.model.SectionKey;
import nianbao.parse.ReportLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The copy test of issue 6, on the seed reports as parsed. */
class NearDuplicateIndexTest {
    static final Path SEEDS = Path.of("../shared/seeds");
    static final String ORIGINAL = "2021_潮鸣街道办事处.txt";
    /** Two sentences of the original, and how the copy rewords them. */
    static final String[][] REWORDED = {
            {"全街通过政府网站主动公开各类信息共37件", "本街道全年经门户网站对外发布政务信息合计37条"},
            {"三是政务新媒体管理需进一步完善。", "三是微信公众号等新媒体平台的日常运维仍显薄弱。"}};

    static List<Report> seeds = new ArrayList<>();

    @BeforeAll
    static void load() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds 不存在，跳过 (seeds absent, skipped)");
        seeds = new ArrayList<>();
        for (Path f : ReportLoader.expand(List.of(SEEDS))) seeds.add(ReportLoader.load(f));
        assertEquals(5, seeds.size());
    }

    /** The original with another agency and year and two sentences reworded, read from a file like any report. */
    static Report copy(Path dir, String agency, String year) throws Exception {
        String text = Files.readString(SEEDS.resolve(ORIGINAL), StandardCharsets.UTF_8);
        for (String[] r : REWORDED) {
            assertTrue(text.contains(r[0]), r[0]);
            text = text.replace(r[0], r[1]);
        }
        text = text.replace("潮鸣", agency).replace("2021", year);
        Path f = dir.resolve(year + "_" + agency + "街道办事处.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return ReportLoader.load(f);
    }

    static Report original() {
        return seeds.stream().filter(r -> r.source().endsWith(ORIGINAL)).findFirst().orElseThrow();
    }

    @Test
    void reworededCopyIsFoundWithSharedPassages(@TempDir Path dir) throws Exception {
        Report copy = copy(dir, "望江", "2022");
        assertEquals("望江街道办事处", copy.agency());
        assertEquals(2022, copy.year());
        NearDuplicateIndex index = NearDuplicateIndex.of(seeds);
        List<NearCopy> found = index.similarTo(copy, 5);
        assertEquals(1, found.size(), found::toString);
        NearCopy c = found.get(0);
        assertEquals(original().id(), c.other().id());
        assertEquals(CopyKind.OTHER_AGENCY, c.kind());
        assertTrue(c.overall() > 0.8, () -> "overall " + c.overall());
        SectionCopy overview = c.sections().stream().filter(s -> s.section() == SectionKey.OVERVIEW).findFirst().orElseThrow();
        assertTrue(overview.exact());
        assertTrue(overview.similarity() > 0.8 && overview.similarity() < 1, () -> "overview " + overview.similarity());
        // the passages are the copy's own text, with its own name, and leave the reworded sentence out
        String all = String.join("\n", overview.passages());
        assertTrue(all.contains("望江街道深入落实党中央"), all);
        assertFalse(all.contains("门户网站对外发布政务信息合计"), all);
        SectionCopy problems = c.sections().stream().filter(s -> s.section() == SectionKey.PROBLEMS).findFirst().orElseThrow();
        assertTrue(String.join("", problems.passages()).contains("二是信息公开意识需进一步提升"));
        assertFalse(String.join("", problems.passages()).contains("微信公众号"));
    }

    @Test
    void theFiveSeedsAreNotNearCopiesOfOneAnother() {
        NearDuplicateIndex index = NearDuplicateIndex.of(seeds);
        for (Report r : seeds) assertEquals(List.of(), index.similarTo(r, 5), r.source());
        DuplicateFindings f = index.findDuplicates();
        assertEquals(List.of(), f.boilerplate());
        assertEquals(List.of(), f.repeats());
    }

    @Test
    void corpusWideDetectionFindsBoilerplateAndYearRepeats(@TempDir Path dir) throws Exception {
        List<Report> corpus = new ArrayList<>(seeds);
        corpus.add(copy(dir, "望江", "2021"));  // another agency: 内容雷同 with 潮鸣
        corpus.add(copy(dir, "潮鸣", "2022"));  // 潮鸣 again a year later: 照搬往年
        DuplicateFindings f = NearDuplicateIndex.of(corpus).findDuplicates();
        assertEquals(7, f.reports());
        DuplicateFindings.BoilerplateGroup overview = f.boilerplate().stream()
                .filter(g -> g.section() == SectionKey.OVERVIEW).findFirst().orElseThrow();
        assertEquals(3, overview.members().size());
        assertEquals(2, overview.agencies());
        assertFalse(overview.passages().isEmpty());
        assertTrue(f.repeats().stream().allMatch(r -> r.later().year() == 2022 && r.earlier().year() == 2021
                && r.later().agency().equals("潮鸣街道办事处")), f.repeats()::toString);
        assertTrue(f.repeats().stream().anyMatch(r -> r.section() == SectionKey.OVERVIEW && r.exact()
                && r.similarity() > 0.8 && !r.passages().isEmpty()));
    }

    @Test
    void estimatesWithoutKeptTextsAgreeWithExactSimilarity(@TempDir Path dir) throws Exception {
        NearDuplicateIndex lean = new NearDuplicateIndex(NearDuplicateIndex.DEFAULT_THRESHOLD, false);
        lean.addAll(seeds);
        Report copy = copy(dir, "望江", "2022");
        NearCopy estimated = lean.similarTo(copy, 1).get(0);
        NearCopy exact = NearDuplicateIndex.of(seeds).similarTo(copy, 1).get(0);
        assertFalse(estimated.sections().get(0).exact());
        assertTrue(estimated.sections().get(0).passages().isEmpty());
        assertEquals(exact.overall(), estimated.overall(), 0.1);
    }
}

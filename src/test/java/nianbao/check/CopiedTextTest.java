package nianbao.check;

import nianbao.model.Report;
import nianbao.parse.ReportLoader;
import nianbao.parse.ReportParser;
import nianbao.read.TextReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CopiedTextTest {
    static Report parse(String name, String text) throws Exception {
        return ReportParser.parse(new TextReader().read(java.nio.file.Path.of(name), text.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Finding> copied(Report r, List<Report> corpus) {
        return new Checker().check(r, new Corpus(corpus)).stream().filter(f -> f.rule().equals("COPIED_TEXT")).toList();
    }

    @Test
    void nextYearsReportRepeatingThisYearsIsFlaggedOnTheLaterOneWithTheSharedPassages() throws Exception {
        Path seed = Path.of("corpus", "2021_富阳区湖源乡.txt");
        Report original = ReportLoader.load(seed);
        String text = Files.readString(seed).replace("2021", "2022")
                .replace("进一步强化政府信息公开工作的宣传", "继续加强政府信息公开工作的宣传推广")
                .replace("明确科室职责，优化协作", "厘清科室职责，加强协作");
        Report later = parse("2022_富阳区湖源乡.txt", text);
        List<Report> corpus = List.of(original, later);

        List<Finding> onLater = copied(later, corpus);
        assertTrue(onLater.stream().anyMatch(f -> f.message().contains("照搬往年")), onLater.toString());
        Finding f = onLater.stream().filter(x -> x.message().contains("一、总体情况")).findFirst().orElseThrow();
        assertTrue(!f.evidence().isEmpty());
        for (Evidence e : f.evidence()) {
            assertEquals(e.text(), later.sectionText(nianbao.model.SectionKey.ofId(e.section())).substring(e.start(), e.end()));
        }
        assertTrue(copied(original, corpus).isEmpty(), "the earlier report did not copy anything");
    }

    @Test
    void anotherAgencysCopyIsContentShared() throws Exception {
        Path seed = Path.of("corpus", "2021_潮鸣街道办事处.txt");
        Report original = ReportLoader.load(seed);
        Report copy = parse("2021_某某街道办事处.txt", Files.readString(seed).replace("潮鸣", "某某"));
        List<Finding> found = copied(copy, List.of(original, copy));
        assertTrue(found.stream().anyMatch(f -> f.message().contains("内容雷同")), found.toString());
    }

    @Test
    void theFiveDistinctSeedsAreNotCopiesOfOneAnother() throws Exception {
        List<Report> seeds = new ArrayList<>(ReportLoader.loadAll(List.of(Path.of("corpus"))).reports());
        for (Report r : seeds) assertTrue(copied(r, seeds).isEmpty(), r.agency());
    }
}

package nianbao.problems;

import nianbao.model.Level;
import nianbao.model.Region;
import nianbao.model.SectionKey;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class ThemeClustererTest {
    private static final String[] WEBSITE = {
            "网站栏目更新不及时，部分栏目长期空白。", "门户网站栏目内容更新滞后。", "网站部分栏目更新不够及时。",
            "网站栏目设置不合理，更新缓慢。"};
    private static final String[] TRAINING = {
            "工作人员业务培训不足，业务能力不强。", "缺少专业人员，业务培训次数少。", "人员业务能力有待提高，培训不够。",
            "兼职人员多，缺乏系统培训。"};

    private static List<ProblemSection> corpus() {
        ProblemAnalyzer analyzer = new ProblemAnalyzer(Taxonomy.builtIn());
        List<ProblemSection> out = new ArrayList<>();
        for (int i = 0; i < WEBSITE.length; i++) {
            String body = "存在的主要问题：一是" + WEBSITE[i] + "二是" + TRAINING[i] + "\n改进措施：加强培训。";
            out.add(analyzer.analyze(Seeds.report("r" + i, "机关" + i, 2021, Region.UNKNOWN, Level.COUNTY,
                    SectionKey.PROBLEMS, body)));
        }
        return out;
    }

    @Test
    void separatesTwoThemesAndNamesThem() {
        List<Theme> themes = new ThemeClusterer().cluster(corpus(), StatementKind.PROBLEM, 2);
        assertEquals(2, themes.size());
        assertEquals(List.of(4, 4), themes.stream().map(Theme::size).toList());
        Set<Set<String>> groups = themes.stream()
                .map(t -> t.examples().stream().map(ProblemStatistics.Example::text).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
        // every theme's examples come from one side only
        for (Set<String> g : groups) {
            boolean web = g.stream().allMatch(s -> Set.of(WEBSITE).contains(s));
            boolean train = g.stream().allMatch(s -> Set.of(TRAINING).contains(s));
            assertTrue(web ^ train, g::toString);
        }
        List<String> allTerms = themes.stream().flatMap(t -> t.terms().stream()).toList();
        assertTrue(allTerms.contains("网站") && allTerms.contains("培训"), allTerms::toString);
        assertTrue(themes.stream().allMatch(t -> t.examples().get(0).reportId().startsWith("r")));
    }

    @Test
    void sameInputSameThemes() {
        assertEquals(new ThemeClusterer().cluster(corpus(), StatementKind.PROBLEM, 0),
                new ThemeClusterer().cluster(corpus(), StatementKind.PROBLEM, 0));
    }

    @Test
    void tooFewStatementsGiveNoThemes() {
        assertEquals(List.of(), new ThemeClusterer().cluster(List.of(), StatementKind.PROBLEM, 3));
    }
}

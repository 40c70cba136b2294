package nianbao.problems;

import nianbao.parse.ReportLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** Section 五 of the two real PDF samples, as read and parsed: wrapped lines, lead-ins, mixed wording. */
class SamplePdfProblemsTest {
    private static final Path SAMPLES = Path.of("../shared/samples");
    private final ProblemAnalyzer analyzer = new ProblemAnalyzer(Taxonomy.builtIn());

    private ProblemSection sample(String name) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SAMPLES), "../shared/samples 不存在，跳过 (samples absent, skipped)");
        return analyzer.analyze(ReportLoader.load(SAMPLES.resolve(name)));
    }

    @Test
    void hongze2023() throws Exception {
        ProblemSection s = sample("2023_淮安市洪泽区人民政府.pdf");
        assertEquals(Balance.BALANCED, s.balance());
        assertEquals(2, s.statements(StatementKind.PROBLEM).size());
        assertEquals(List.of("P1", "P5", "P11"), s.statements(StatementKind.PROBLEM).get(1).categories());
        assertEquals(3, s.statements(StatementKind.REMEDY).size());
        assertTrue(s.statements(StatementKind.REMEDY).get(0).text().startsWith("扎实推进依申请公开工作"));
        assertTrue(s.categories(StatementKind.REMEDY).containsAll(Set.of("R11", "R3", "R5")));
    }

    @Test
    void huaian2024() throws Exception {
        ProblemSection s = sample("2024_淮安市人民政府.pdf");
        assertEquals(Balance.BALANCED, s.balance());
        assertEquals(Set.of("P3", "P5"), s.categories(StatementKind.PROBLEM));
        // the opening "还有一些需要加强和改进的地方" names nothing: vague
        assertTrue(s.statements(StatementKind.PROBLEM).get(0).vague());
        assertEquals(2, s.statements(StatementKind.REMEDY).size());
        assertTrue(s.categories(StatementKind.REMEDY).containsAll(Set.of("R3", "R5")));
    }
}

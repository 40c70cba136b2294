package nianbao.problems;

import nianbao.model.Report;
import nianbao.parse.ReportLoader;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** TAXONOMY.md "Seed examples", on the seed files as parsed. */
class SeedClassificationTest {
    private final ProblemAnalyzer analyzer = new ProblemAnalyzer(Taxonomy.builtIn());

    /** The seed read and parsed as users' files are; the parser's agency and year must be the seed's. */
    private ProblemSection seed(String file, String agency, int year) throws Exception {
        Report r = ReportLoader.load(Seeds.file(file));
        assertEquals(year, r.year());
        assertTrue(r.agency().contains(agency), r.agency());
        return analyzer.analyze(r);
    }

    @Test
    void chaoming2021() throws Exception {
        ProblemSection s = seed("2021_潮鸣街道办事处.txt", "潮鸣街道", 2021);
        assertEquals(Set.of("P6", "P4", "P7"), s.categories(StatementKind.PROBLEM));
        assertEquals(List.of(List.of("P6"), List.of("P4"), List.of("P7")),
                s.statements(StatementKind.PROBLEM).stream().map(Statement::categories).toList());
        assertEquals(List.of(List.of("R5"), List.of("R4", "R6"), List.of("R6", "R7")),
                s.statements(StatementKind.REMEDY).stream().map(Statement::categories).toList());
        assertEquals(Balance.BALANCED, s.balance());
    }

    @Test
    void huyuan2021() throws Exception {
        ProblemSection s = seed("2021_富阳区湖源乡.txt", "湖源乡", 2021);
        assertEquals(List.of(List.of("P1"), List.of("P9")),
                s.statements(StatementKind.PROBLEM).stream().map(Statement::categories).toList());
        assertEquals(Set.of("R9", "R4", "R10", "R8", "R1", "R12"), s.categories(StatementKind.REMEDY));
        assertEquals(Balance.BALANCED, s.balance());
    }

    @Test
    void qinyuan2020IsOneSided() throws Exception {
        ProblemSection s = seed("2020_沁园街道办事处.txt", "沁园街道", 2020);
        assertEquals(Balance.REMEDIES_ONLY, s.balance());
        assertTrue(s.statements(StatementKind.PROBLEM).isEmpty());
        assertEquals(3, s.statements(StatementKind.REMEDY).size());
        // TAXONOMY.md names R4, R10, R5, R9; the first item also puts 流程、制度 on the wall, which is R6.
        assertTrue(s.categories(StatementKind.REMEDY).containsAll(Set.of("R4", "R10", "R5", "R9")),
                s.categories(StatementKind.REMEDY)::toString);
    }
}

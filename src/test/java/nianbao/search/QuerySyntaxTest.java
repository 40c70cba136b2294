package nianbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuerySyntaxTest {
    @Test
    void wordsPhrasesExclusionsAndOr() throws Exception {
        ParsedQuery q = QuerySyntax.parse("政务新媒体 \"信息 公开\" -微博 政务微博 OR 微信公众号 -“依申请公开”");
        assertEquals(List.of(List.of("政务新媒体"), List.of("信息 公开"), List.of("政务微博", "微信公众号")), q.groups());
        assertEquals(List.of("微博", "依申请公开"), q.excluded());
    }

    @Test
    void lowerCaseOrIsAWord() throws Exception {
        assertEquals(List.of(List.of("a"), List.of("or"), List.of("b")), QuerySyntax.parse("a or b").groups());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\"政务公开", "政务 OR", "OR 政务", "政务 OR OR 公开", "-", "政务 - 公开",
            "-政务", "\"\"", "政务 OR -公开", "公开”", "”"})
    void malformedQueriesGetOneClearLine(String query) {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> QuerySyntax.parse(query));
        String m = e.getMessage();
        assertFalse(m.contains("\n"), m);
        assertTrue(m.matches("^[\\p{IsHan}].*\\(.*[a-z].*\\).*"), "Chinese first, English beside: " + m);
    }
}

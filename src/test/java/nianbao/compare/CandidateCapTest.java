package nianbao.compare;

import nianbao.model.Cells;
import nianbao.model.Report;
import nianbao.model.Section;
import nianbao.model.SectionKey;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** More reports in the query's buckets than are verified: the most similar must still come first. */
class CandidateCapTest {
    private static final Random RND = new Random(7);

    private static String sentence() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) sb.append((char) (0x4E00 + RND.nextInt(0x9FA5 - 0x4E00)));
        return sb.append('。').toString();
    }

    private static Report report(String id, String overview) {
        return new Report(id, id, "text", null, id, "机关" + id, 2021, null, null, null, null,
                List.of(new Section(SectionKey.OVERVIEW, "", overview, 0)), Cells.empty(), List.of(), overview);
    }

    @Test
    void theIdenticalReportSurvivesTheCap() {
        List<String> shared = new ArrayList<>();
        for (int i = 0; i < 30; i++) shared.add(sentence());
        String query = String.join("", shared) + sentence() + sentence() + sentence();
        List<Report> corpus = new ArrayList<>();
        int n = NearDuplicateIndex.MAX_CANDIDATES + 500;
        for (int i = 0; i < n; i++) {
            // about 0.6 like the query: its 30 shared sentences and 10 of its own
            StringBuilder own = new StringBuilder(String.join("", shared));
            for (int j = 0; j < 10; j++) own.append(sentence());
            corpus.add(report("f" + i, i == 1234 ? query : own.toString()));
        }
        NearDuplicateIndex index = new NearDuplicateIndex(0.5, false);
        index.addAll(corpus);
        List<NearCopy> found = index.similarTo(report("q", query), 3);
        assertEquals(3, found.size());
        assertEquals("f1234", found.get(0).other().id());
        assertEquals(1.0, found.get(0).best(), 1e-9);
        assertTrue(found.get(1).best() < 0.9);
    }
}

package nianbao.check;

import nianbao.model.CellIds;
import nianbao.model.Cells;
import nianbao.model.FormatVersion;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The cached ID lists the rules walk: the same IDs as built cell by cell, handed out once, read-only; and Cells, which
 * keeps the canonical cells apart, answering as its map does.
 */
class CellIdListsTest {
    @Test
    void rowIdsAreTheRowsCellsInColumnOrder() {
        for (FormatVersion v : FormatVersion.values()) {
            for (String r : CellIds.t3Rows(v)) {
                List<String> want = new ArrayList<>();
                for (String c : CellIds.T3_COLUMNS) want.add(CellIds.t3(r, c));
                List<String> ids = CellIds.t3RowIds(r);
                assertEquals(want, ids, r);
                assertSame(ids, CellIds.t3RowIds(r), r);
                for (int i = 0; i < ids.size(); i++) assertSame(want.get(i), ids.get(i), r);
                assertThrows(UnsupportedOperationException.class, () -> ids.add("x"));
            }
        }
        assertEquals(List.of("t3.nosuch.natural", "t3.nosuch.business", "t3.nosuch.research", "t3.nosuch.nonprofit",
                "t3.nosuch.legal", "t3.nosuch.other_org", "t3.nosuch.total"), CellIds.t3RowIds("nosuch"));
    }

    @Test
    void allIsTablesTwoThreeFourOnceEach() {
        for (FormatVersion v : FormatVersion.values()) {
            List<String> want = new ArrayList<>(CellIds.t2Cells(v));
            want.addAll(CellIds.t3Cells(v));
            want.addAll(CellIds.t4Cells());
            List<String> all = CellIds.all(v);
            assertEquals(want, all);
            assertSame(all, CellIds.all(v));
            assertThrows(UnsupportedOperationException.class, () -> all.add("x"));
        }
    }

    @Test
    void cellsAnswerAsTheirMapDoes() {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        map.put(new String("t3.new.total"), BigDecimal.TEN); // an equal ID, not the canonical object
        map.put(CellIds.t3("new", "natural"), null); // found but blank
        map.put("t3.extra.cell", BigDecimal.ONE); // not canonical
        Cells cells = new Cells(map);
        for (FormatVersion v : FormatVersion.values()) {
            for (String id : CellIds.all(v)) {
                assertEquals(map.get(id), cells.get(id), id);
                assertEquals(map.containsKey(id), cells.isPresent(id), id);
            }
        }
        assertEquals(BigDecimal.ONE, cells.get("t3.extra.cell"));
        assertEquals(null, cells.get("t3.nosuch.total"));
        assertEquals(false, cells.isPresent("t3.nosuch.total"));
        assertEquals(List.of(true, false, false, true, false), List.of(cells.hasIdStartingWith("t3."),
                cells.hasIdStartingWith("t2."), cells.hasIdStartingWith("t4."), cells.hasIdStartingWith("t3.extra"),
                cells.hasIdStartingWith("t5.")));
    }
}

package nianbao.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nianbao.model.CellIds;
import nianbao.model.FormatVersion;
import nianbao.view.ReportJson;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The layout of the three tables per format version, so the page draws them like the printed ones from one source. */
final class FormatLayout {
    private FormatLayout() {}

    static ObjectNode of(FormatVersion v) {
        ObjectNode o = ReportJson.MAPPER.createObjectNode();
        o.put("format", v.id());
        ArrayNode t2 = o.putArray("t2");
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String id : CellIds.t2Cells(v)) {
            String[] p = id.split("\\.");
            rows.computeIfAbsent(p[1], k -> new java.util.ArrayList<>()).add(id);
        }
        rows.forEach((row, ids) -> {
            ObjectNode r = t2.addObject();
            r.put("label", CellIds.t2Label(row));
            ArrayNode cells = r.putArray("cells");
            for (String id : ids) {
                ObjectNode c = cells.addObject();
                c.put("id", id);
                c.put("label", CellIds.t2Label(id.substring(id.lastIndexOf('.') + 1)));
            }
        });
        ObjectNode t3 = o.putObject("t3");
        ArrayNode cols = t3.putArray("columns");
        for (int i = 0; i < CellIds.T3_COLUMNS.size(); i++) {
            cols.addObject().put("id", CellIds.T3_COLUMNS.get(i)).put("label", CellIds.T3_COLUMN_LABELS.get(i));
        }
        ArrayNode t3rows = t3.putArray("rows");
        for (String row : CellIds.t3Rows(v)) t3rows.addObject().put("id", row).put("label", CellIds.t3RowLabel(row));
        ObjectNode t4 = o.putObject("t4");
        ArrayNode groups = t4.putArray("groups");
        for (int i = 0; i < CellIds.T4_GROUPS.size(); i++) {
            groups.addObject().put("id", CellIds.T4_GROUPS.get(i)).put("label", CellIds.T4_GROUP_LABELS.get(i));
        }
        ArrayNode t4cols = t4.putArray("columns");
        for (int i = 0; i < CellIds.T4_COLUMNS.size(); i++) {
            t4cols.addObject().put("id", CellIds.T4_COLUMNS.get(i)).put("label", CellIds.T4_COLUMN_LABELS.get(i));
        }
        return o;
    }
}

package nianbao.view;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nianbao.model.Note;
import nianbao.model.Report;
import nianbao.model.Section;

import nianbao.extract.Figure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The JSON form of a report, shared by the CLI and the web API. Field names are the documented contract. */
public final class ReportJson {
    private ReportJson() {}

    public static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * The report with every canonical cell of its format (null where absent), notes, sections and the figures its
     * narrative states.
     */
    public static ObjectNode of(Report r, List<Figure> figures, boolean withText) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", r.id());
        o.put("source", r.source());
        o.put("sourceFormat", r.sourceFormat());
        o.put("encoding", r.encoding());
        o.put("title", r.title());
        o.put("agency", r.agency());
        if (r.year() == null) o.putNull("year");
        else o.put("year", r.year());
        o.put("format", r.format() == null ? null : r.format().id());
        ObjectNode region = o.putObject("region");
        region.put("province", r.region().province());
        region.put("city", r.region().city());
        region.put("county", r.region().county());
        o.put("level", r.level() == null ? null : r.level().label());
        o.put("published", r.published());
        ArrayNode sections = o.putArray("sections");
        for (Section s : r.sections()) {
            ObjectNode so = sections.addObject();
            so.put("key", s.key().id());
            so.put("heading", s.heading());
            so.put("start", s.start());
            so.put("end", s.end());
            if (withText) so.put("text", s.text());
        }
        ObjectNode cells = o.putObject("cells");
        for (Map.Entry<String, BigDecimal> e : r.cells().complete(r.format()).entrySet()) {
            if (e.getValue() == null) cells.putNull(e.getKey());
            else cells.put(e.getKey(), e.getValue());
        }
        ArrayNode notes = o.putArray("notes");
        for (Note n : r.notes()) {
            ObjectNode no = notes.addObject();
            no.put("kind", n.kind());
            no.put("message", n.message());
            no.put("line", n.line());
            ArrayNode ids = no.putArray("cells");
            n.cells().forEach(ids::add);
        }
        o.set("figures", MAPPER.valueToTree(figures));
        return o;
    }
}

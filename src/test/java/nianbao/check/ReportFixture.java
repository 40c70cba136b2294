package nianbao.check;

import nianbao.model.CellIds;
import nianbao.model.Cells;
import nianbao.model.FormatVersion;
import nianbao.model.Note;
import nianbao.model.Region;
import nianbao.model.Report;
import nianbao.model.Section;
import nianbao.model.SectionKey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds Report objects for rule tests: by default a clean 2021 report — every cell 0, six sections, problems and
 * remedies, a fee statement — that the checker finds nothing in. Each test then breaks one thing.
 */
final class ReportFixture {
    private String agency = "某某街道办事处";
    private Integer year = 2021;
    private FormatVersion format = FormatVersion.V2021;
    private Region region = Region.UNKNOWN;
    private final Map<String, BigDecimal> cells = new LinkedHashMap<>();
    private final Map<SectionKey, String> sections = new EnumMap<>(SectionKey.class);
    private final List<Note> notes = new ArrayList<>();
    private String preamble = "";

    static final String PROBLEMS = "存在的主要问题：一是信息公开内容不够丰富；二是政策解读质量有待提高。"
            + "改进措施：一是加强信息发布审核；二是强化政策解读。";

    private ReportFixture() {}

    static ReportFixture v2021() {
        ReportFixture f = new ReportFixture();
        for (String id : CellIds.all(FormatVersion.V2021)) f.cells.put(id, BigDecimal.ZERO);
        f.sections.put(SectionKey.OVERVIEW, "2021年，我街道未收到政府信息公开申请。");
        f.sections.put(SectionKey.ACTIVE, "\t第二十条第（一）项\n\t信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n\t规章\t0\t0\t0\n");
        f.sections.put(SectionKey.APPLICATIONS, "\t一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n");
        f.sections.put(SectionKey.REVIEW, "\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n");
        f.sections.put(SectionKey.PROBLEMS, PROBLEMS);
        f.sections.put(SectionKey.OTHER, "本年度未收取信息处理费。");
        return f;
    }

    static ReportFixture v2019() {
        ReportFixture f = v2021();
        f.cells.clear();
        for (String id : CellIds.all(FormatVersion.V2019)) f.cells.put(id, BigDecimal.ZERO);
        f.format = FormatVersion.V2019;
        f.year = 2020;
        f.sections.put(SectionKey.OVERVIEW, "2020年，我街道未收到政府信息公开申请。");
        return f;
    }

    ReportFixture agency(String a) { agency = a; return this; }

    ReportFixture year(Integer y) { year = y; return this; }

    ReportFixture format(FormatVersion v) { format = v; return this; }

    ReportFixture region(Region r) { region = r; return this; }

    ReportFixture cell(String id, Object value) {
        cells.put(id, value == null ? null : new BigDecimal(value.toString()));
        return this;
    }

    /** Removes a cell altogether, as when its row is absent. */
    ReportFixture absent(String id) { cells.remove(id); return this; }

    ReportFixture absentPrefix(String prefix) { cells.keySet().removeIf(k -> k.startsWith(prefix)); return this; }

    /** Sets a t3 row: six applicant columns and the total computed from them. */
    ReportFixture t3Row(String row, int natural, int business) {
        cell(CellIds.t3(row, "natural"), natural);
        cell(CellIds.t3(row, "business"), business);
        cell(CellIds.t3(row, "total"), natural + business);
        return this;
    }

    /** An overview that states no figure, for tests about the tables alone. */
    ReportFixture noNarrative() { return section(SectionKey.OVERVIEW, "本年度政务公开工作有序推进。"); }

    ReportFixture section(SectionKey k, String text) { sections.put(k, text); return this; }

    ReportFixture without(SectionKey k) { sections.remove(k); return this; }

    ReportFixture note(Note n) { notes.add(n); return this; }

    /** Text before the first section (where the 统计期限 sentence stands). */
    ReportFixture preamble(String text) { preamble = text; return this; }

    Report build() {
        List<Section> list = new ArrayList<>();
        StringBuilder text = new StringBuilder(preamble.isEmpty() ? "" : preamble + "\n");
        for (Map.Entry<SectionKey, String> e : sections.entrySet()) {
            text.append(e.getKey().standardHeading()).append('\n');
            list.add(new Section(e.getKey(), e.getKey().standardHeading(), e.getValue(), text.length()));
            text.append(e.getValue()).append('\n');
        }
        return new Report("fixture-" + agency + year, "fixture/" + year + "_" + agency + ".txt", "text", "UTF-8",
                agency + year + "年政府信息公开工作年度报告", agency, year, region, null, null, format, list,
                new Cells(cells), notes, text.toString());
    }
}

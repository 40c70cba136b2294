package nianbao.parse;

import nianbao.model.Cells;
import nianbao.model.FormatVersion;
import nianbao.model.Note;
import nianbao.model.Report;
import nianbao.model.Section;
import nianbao.model.SectionKey;
import nianbao.parse.region.RegionResolver;
import nianbao.read.Document;
import nianbao.read.Line;
import nianbao.read.ReadException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Turns a read {@link Document} into a {@link Report}: sections, table cells, metadata and notes. */
public final class ReportParser {
    private ReportParser() {}

    public static Report parse(Document doc) throws ReadException {
        List<Line> lines = doc.lines();
        List<SectionSplitter.Heading> headings = SectionSplitter.find(lines);
        Joined joined = Joined.of(lines);
        String text = joined.text();

        List<Section> sections = new ArrayList<>(headings.size());
        List<RawRow> rows = new ArrayList<>();
        for (int h = 0; h < headings.size(); h++) {
            SectionSplitter.Heading head = headings.get(h);
            int from = head.line() + 1;
            int to = h + 1 < headings.size() ? headings.get(h + 1).line() : lines.size();
            if (h == headings.size() - 1) to = MetadataExtractor.signatureStart(lines, from, to);
            sections.add(section(head, text, joined.lineStart(), from, to, lines));
            if (!head.key().isNarrative()) rows.addAll(RowReader.read(lines, from, to, head.key()));
        }

        FormatVersion version = versionOf(rows);
        TableSink sink = tables(rows, version, joined.lineStart());

        List<Note> notes = new ArrayList<>(sink.notes);
        noteSections(headings, sink, notes);

        if (headings.size() < 2 && sink.cells.size() < 10) {
            throw new ReadException("不是政府信息公开工作年度报告：未找到规定的章节和表格 "
                    + "(not an annual report: none of the six sections or tables found)");
        }

        int firstHeading = headings.isEmpty() ? lines.size() : headings.get(0).line();
        List<String> leading = new ArrayList<>(firstHeading);
        for (int i = 0; i < firstHeading; i++) leading.add(lines.get(i).text());
        String title = MetadataExtractor.title(leading);
        String agency = MetadataExtractor.agency(title, text, doc.source());
        Integer year = MetadataExtractor.year(title, text, doc.source());

        return new Report(
                id(text),
                doc.source(),
                doc.sourceFormat(),
                doc.encoding(),
                title,
                agency,
                year,
                RegionResolver.resolve(agency, title, text),
                MetadataExtractor.level(agency),
                MetadataExtractor.published(text),
                sink.cells.isEmpty() ? null : version == null ? FormatVersion.V2021 : version,
                sections,
                Cells.handedOver(sink.cells, sink.origins),
                notes,
                text);
    }

    /** The lines joined into the report's text, each ended by a newline, and where each line starts in it. */
    private record Joined(String text, int[] lineStart) {
        static Joined of(List<Line> lines) {
            int[] lineStart = new int[lines.size() + 1];
            int length = lines.size();
            for (Line l : lines) length += l.text().length();
            StringBuilder full = new StringBuilder(length);
            for (int i = 0; i < lines.size(); i++) {
                lineStart[i] = full.length();
                full.append(lines.get(i).text()).append('\n');
            }
            lineStart[lines.size()] = full.length();
            return new Joined(full.toString(), lineStart);
        }
    }

    /** The table format the rows of table 二 or, failing that, table 三 tell; null when neither does. */
    private static FormatVersion versionOf(List<RawRow> rows) {
        FormatVersion version = Table2Reader.versionOf(rows);
        return version != null ? version : Table3Reader.versionOf(rows);
    }

    /** Hands each row to the reader of its table and collects what they read; rows of no table become notes. */
    private static TableSink tables(List<RawRow> rows, FormatVersion version, int[] lineStart) {
        TableSink sink = new TableSink(lineStart);
        List<KeyedRow> t2 = new ArrayList<>(), t3 = new ArrayList<>(), t4 = new ArrayList<>();
        for (RawRow r : rows) {
            if (!r.hasValue()) continue;
            String t3Row = r.section() != SectionKey.ACTIVE ? Table3Reader.rowOf(r.label()) : null;
            if (t3Row != null) {
                t3.add(new KeyedRow(r, t3Row));
                continue;
            }
            String t2Row = Table2Reader.rowOf(r.label());
            if (t2Row != null || (r.section() == SectionKey.ACTIVE && !r.label().isEmpty())) {
                t2.add(new KeyedRow(r, t2Row));
                continue;
            }
            String group = Table4Reader.groupOf(r.label());
            if (r.section() == SectionKey.REVIEW || group != null || (r.label().isEmpty() && r.values().size() >= 10))
                t4.add(new KeyedRow(r, group));
            else sink.note("unknown_label", "无法识别的表格行“" + r.label() + "”（" + r.values().size()
                    + "个数），未计入任何单元格 (unrecognised table row, ignored)", r.line(), List.of());
        }
        Table2Reader.read(t2, version, sink);
        Table3Reader.read(t3, version, sink);
        Table4Reader.read(t4, sink);
        return sink;
    }

    private static Section section(SectionSplitter.Heading head, String text, int[] lineStart, int from, int to,
                                   List<Line> lines) {
        // trim blank lines at both ends so offsets point at the first and last printed characters
        while (from < to && lines.get(from).text().isBlank()) from++;
        while (to > from && lines.get(to - 1).text().isBlank()) to--;
        int start = lineStart[from];
        int end = to > from ? lineStart[to] - 1 : start;
        return new Section(head.key(), head.text(), text.substring(start, end), start);
    }

    /** Missing sections, and a report that stops before its end (cut off in a table, say). */
    private static void noteSections(List<SectionSplitter.Heading> headings, TableSink sink, List<Note> notes) {
        if (headings.isEmpty()) return;
        SectionKey last = headings.get(headings.size() - 1).key();
        List<String> missingAfter = new ArrayList<>();
        for (SectionKey k : SectionKey.values()) {
            boolean found = headings.stream().anyMatch(h -> h.key() == k);
            if (found) continue;
            if (k.ordinal() > last.ordinal()) missingAfter.add(k.standardHeading());
            else notes.add(new Note("missing_section", "缺少第" + "一二三四五六".charAt(k.ordinal()) + "部分“"
                    + k.standardHeading() + "” (section missing)", 0));
        }
        if (!missingAfter.isEmpty()) {
            String where = last.isNarrative() ? "“" + last.standardHeading() + "”" : "“" + last.standardHeading() + "”的表格中";
            notes.add(new Note("truncated", "报告不完整：在" + where + "中断，缺少" + String.join("、", missingAfter)
                    + " (report ends early; later sections missing)", headings.get(headings.size() - 1).line() + 1));
        }
    }

    /** A stable identifier from the report's content: the same text read from any encoding gets the same id. */
    public static String id(String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package nianbao.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One annual report, read and parsed: immutable.
 *
 * @param id           stable identifier derived from the report's content (same text, same id)
 * @param source       where it was read from (a path as given)
 * @param sourceFormat {@code text}, {@code html}, {@code docx}, {@code doc} or {@code pdf}
 * @param encoding     the character encoding decided from the bytes (text and HTML), else null
 * @param year         the year the data covers, not the publication year
 * @param published    publication date as ISO {@code yyyy-MM-dd} where the report states it, else null
 * @param format       the table format version, or null when no table tells
 * @param text         the normalised full text; section offsets point into it
 */
public record Report(
        String id,
        String source,
        String sourceFormat,
        String encoding,
        String title,
        String agency,
        Integer year,
        Region region,
        Level level,
        String published,
        FormatVersion format,
        List<Section> sections,
        Cells cells,
        List<Note> notes,
        String text) {

    public Report {
        Objects.requireNonNull(id);
        region = region == null ? Region.UNKNOWN : region;
        sections = List.copyOf(sections);
        cells = cells == null ? Cells.empty() : cells;
        notes = List.copyOf(notes);
        text = text == null ? "" : text;
    }

    public Optional<Section> section(SectionKey key) {
        return sections.stream().filter(s -> s.key() == key).findFirst();
    }

    /** The body of a section, or "" when the report lacks it. */
    public String sectionText(SectionKey key) {
        return section(key).map(Section::text).orElse("");
    }
}

package nianbao.read;

import java.util.List;

/**
 * What a reader makes of a file, whatever its format: the report's lines in reading order. Narrative paragraphs are
 * lines of text; table rows are lines of tab-separated cells. The parser reads only this, so every format is parsed
 * the same way.
 *
 * @param source       the file as named by the user
 * @param sourceFormat {@code text}, {@code html}, {@code docx}, {@code doc} or {@code pdf}
 * @param encoding     the character encoding decided from the bytes, where the format has one; else null
 */
public record Document(String source, String sourceFormat, String encoding, List<Line> lines) {
    public Document {
        lines = List.copyOf(lines);
    }

    /** The text of all lines joined with line breaks. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) sb.append(l.text()).append('\n');
        return sb.toString();
    }
}

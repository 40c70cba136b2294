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
 * @param textUtf8     {@link #text()} in UTF-8, where the reader has those bytes at hand (a UTF-8 file whose lines
 *                     are read verbatim), so that the report's id needs no second encoding of its text; else null.
 *                     Read only; compared by identity in {@code equals}.
 */
public record Document(String source, String sourceFormat, String encoding, List<Line> lines, byte[] textUtf8) {
    public Document {
        lines = List.copyOf(lines);
    }

    public Document(String source, String sourceFormat, String encoding, List<Line> lines) {
        this(source, sourceFormat, encoding, lines, null);
    }

    /** The text of all lines joined with line breaks. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) sb.append(l.text()).append('\n');
        return sb.toString();
    }
}

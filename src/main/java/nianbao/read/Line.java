package nianbao.read;

import java.util.List;

/**
 * One line of a read document. A table row is one line whose cells are separated by tabs.
 *
 * @param text the line, without its line break
 * @param grid true when the cells come from real table structure (HTML/DOCX markup, PDF column positions): every
 *             cell of the row is present at its column, blank cells as empty strings. False for plain text, where
 *             tabs and empty fields are only what an export happened to leave.
 */
public record Line(String text, boolean grid) {
    public static Line text(String text) { return new Line(text, false); }

    /** A table row from real structure: the cells joined with tabs (tabs and line breaks inside cells are spaces). */
    public static Line gridRow(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append('\t');
            String c = cells.get(i) == null ? "" : cells.get(i);
            sb.append(c.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').strip());
        }
        return new Line(sb.toString(), true);
    }

    public List<String> cells() { return List.of(text.split("\t", -1)); }
}

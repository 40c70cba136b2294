package nianbao.model;

/**
 * Something the parser could not read for certain, with where it was.
 *
 * @param kind    a stable code: {@code short_row}, {@code unknown_label}, {@code missing_row}, {@code duplicate_block},
 *                {@code missing_section}, {@code no_table}, {@code truncated}, {@code inferred_cell} …
 * @param message a short explanation in Chinese for the reader of the report
 * @param line    1-based line of the normalised text where it was seen, or 0 when it concerns the whole report
 * @param cells   the canonical cell IDs concerned, if any
 */
public record Note(String kind, String message, int line, java.util.List<String> cells) {
    public Note {
        cells = cells == null ? java.util.List.of() : java.util.List.copyOf(cells);
    }

    public Note(String kind, String message, int line) { this(kind, message, line, java.util.List.of()); }
}

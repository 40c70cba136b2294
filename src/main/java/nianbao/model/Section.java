package nianbao.model;

import java.util.Objects;

/**
 * One of the six sections as found in a report.
 *
 * @param heading the heading as printed (may be empty when a section was recognised without one)
 * @param text    the body below the heading, normalised (tables as tab-separated rows)
 * @param start   offset of {@code text} in {@link Report#text()}
 */
public record Section(SectionKey key, String heading, String text, int start) {
    public Section {
        Objects.requireNonNull(key);
        heading = heading == null ? "" : heading;
        text = text == null ? "" : text;
    }

    /** Offset just past the end of {@code text} in {@link Report#text()}. */
    public int end() { return start + text.length(); }
}

package nianbao.read;

import java.nio.file.Path;

/** Reads one input format into a {@link Document}. One implementation per format. */
public interface ReportReader {
    /** The {@code sourceFormat} this reader produces. */
    String format();

    /** Whether this reader handles the file, judged from its name and first bytes. */
    boolean accepts(Path file, byte[] head);

    Document read(Path file) throws ReadException;

    /**
     * Reads a file whose bytes were already read whole to choose the reader (after {@link #accepts}); formats
     * read from the file itself (PDF, Word) ignore them.
     */
    default Document read(Path file, byte[] bytes) throws ReadException { return read(file); }
}

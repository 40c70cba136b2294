package nianbao.read;

import java.nio.file.Path;

/**
 * Reads one input format into a {@link Document}. One implementation per format. {@link Readers} reads each file once;
 * every reader judges and reads from those bytes.
 */
public interface ReportReader {
    /** The {@code sourceFormat} this reader produces. */
    String format();

    /** Whether this reader handles the file, judged from its name and bytes (it looks at the first ones it needs). */
    boolean accepts(Path file, byte[] bytes);

    /** Reads a file from its bytes; {@code file} names it in the document and in messages. */
    Document read(Path file, byte[] bytes) throws ReadException;
}

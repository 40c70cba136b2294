package nianbao.read;

/**
 * A file that cannot be read as a report. The message is one line for the user, Chinese first with English beside it,
 * and names the problem; callers prefix the file name.
 */
public class ReadException extends Exception {
    public ReadException(String message) { super(message); }

    public ReadException(String message, Throwable cause) { super(message, cause); }
}

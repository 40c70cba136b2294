package nianbao.read;

/**
 * A file that cannot be read as a report. The message is one line for the user, Chinese first with English beside it,
 * and names the problem; callers prefix the file name.
 */
public class ReadException extends Exception {
    public ReadException(String message) { super(message); }

    public ReadException(String message, Throwable cause) { super(message, cause); }

    /** All bytes of a file, or the one-line failure every reader reports. */
    static byte[] readAllBytes(java.nio.file.Path file) throws ReadException {
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new ReadException("无法读取文件 (cannot read file): " + e.getMessage(), e);
        }
    }
}

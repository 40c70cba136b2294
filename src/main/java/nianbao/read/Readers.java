package nianbao.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;

/** The one list of readers, most specific first; plain text is the fallback. */
public final class Readers {
    private Readers() {}

    // sniffed by magic bytes first (PDF, zip, OLE), then HTML by its markup or name, then plain text
    private static final List<ReportReader> READERS = List.of(
            new nianbao.read.pdf.PdfReader(),
            new DocxReader(),
            new DocReader(),
            new HtmlReader(),
            new TextReader());

    /** How much of a file the readers' {@code accepts} look at. */
    private static final int HEAD = 8192;
    /** Files up to this size (every report but the odd huge PDF) are read once, whole, for choosing and reading. */
    private static final long READ_WHOLE = 64L << 20;

    /** Reads a file with the first reader that accepts it. */
    public static Document read(Path file) throws ReadException {
        BasicFileAttributes attributes; // one stat for both what it is and its size
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            attributes = null;
        }
        if (attributes == null || !attributes.isRegularFile()) throw new ReadException("不是文件或文件不存在 (not a file)");
        byte[] whole = null, head;
        try {
            if (attributes.size() <= READ_WHOLE) {
                whole = Files.readAllBytes(file);
                head = whole.length <= HEAD ? whole : Arrays.copyOf(whole, HEAD);
            } else {
                try (InputStream in = Files.newInputStream(file)) {
                    head = in.readNBytes(HEAD);
                }
            }
        } catch (IOException e) {
            throw new ReadException("无法读取文件 (cannot read file): " + e.getMessage(), e);
        }
        if (head.length == 0) throw new ReadException("文件为空 (empty file)");
        for (ReportReader r : READERS) {
            if (r.accepts(file, head)) return whole == null ? r.read(file) : r.read(file, whole);
        }
        throw new ReadException("不是文本文件，也不是可识别的文档格式 (binary file of unknown format)");
    }

    /** Whether a file name looks like something we read, for walking folders. */
    public static boolean isCandidate(Path file) {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (n.startsWith(".")) return false;
        return n.endsWith(".txt") || n.endsWith(".text") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".shtml") || n.endsWith(".xhtml")
                || n.endsWith(".docx") || n.endsWith(".doc") || n.endsWith(".pdf") || !n.contains(".");
    }
}

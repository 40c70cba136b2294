package nianbao.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Reads a file with the first reader that accepts it. */
    public static Document read(Path file) throws ReadException {
        if (!Files.isRegularFile(file)) throw new ReadException("不是文件或文件不存在 (not a file)");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ReadException("无法读取文件 (cannot read file): " + e.getMessage(), e);
        }
        return read(file, bytes);
    }

    /** Reads a file whose bytes the caller has already read (the indexer hashes them first). */
    public static Document read(Path file, byte[] bytes) throws ReadException {
        if (bytes.length == 0) throw new ReadException("文件为空 (empty file)");
        for (ReportReader r : READERS) {
            if (r.accepts(file, bytes)) return r.read(file, bytes);
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

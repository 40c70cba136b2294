package nianbao.read;

import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Plain text in UTF-8 (with or without BOM), GB18030/GBK or UTF-16; the fallback for files no other reader takes. */
public final class TextReader implements ReportReader {
    @Override
    public String format() { return "text"; }

    @Override
    public boolean accepts(Path file, byte[] bytes) {
        return !EncodingDetector.looksBinary(bytes);
    }

    @Override
    public Document read(Path file, byte[] bytes) throws ReadException {
        // empty bytes pass as text and are refused by readAccepted
        if (!accepts(file, bytes)) throw new ReadException("不是文本文件，也不是可识别的文档格式 (binary file of unknown format)");
        return readAccepted(file, bytes);
    }

    /** Without a second look for binary bytes, an 8 KB scan. */
    @Override
    public Document readAccepted(Path file, byte[] bytes) throws ReadException {
        if (bytes.length == 0) throw new ReadException("文件为空 (empty file)");
        EncodingDetector.Decoded decoded;
        try {
            decoded = EncodingDetector.decode(bytes);
        } catch (CharacterCodingException e) {
            throw new ReadException("无法识别文字编码（既非 UTF-8/UTF-16 也非 GB18030）(unknown text encoding)", e);
        }
        TextCleaner.Lines cleaned = TextCleaner.split(decoded.text());
        List<Line> lines = new ArrayList<>(cleaned.lines().size());
        for (String l : cleaned.lines()) lines.add(Line.text(l));
        if (lines.stream().allMatch(l -> l.text().isBlank())) throw new ReadException("文件没有文字内容 (no text in file)");
        return new Document(file.toString(), format(), decoded.encoding(), lines, utf8(bytes, decoded, cleaned));
    }

    /**
     * The UTF-8 bytes of the document's text when they are the file's own: a UTF-8 file (valid, or it would not
     * have been decoded as UTF-8) whose lines are its text verbatim. Else null.
     */
    private static byte[] utf8(byte[] bytes, EncodingDetector.Decoded decoded, TextCleaner.Lines cleaned) {
        if (!cleaned.verbatim()) return null;
        if (decoded.encoding().equals(EncodingDetector.UTF_8)) return bytes;
        if (decoded.encoding().equals(EncodingDetector.UTF_8_BOM)) return Arrays.copyOfRange(bytes, 3, bytes.length);
        return null;
    }
}

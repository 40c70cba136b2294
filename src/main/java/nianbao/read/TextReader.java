package nianbao.read;

import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
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
        if (bytes.length == 0) throw new ReadException("文件为空 (empty file)");
        if (!accepts(file, bytes)) throw new ReadException("不是文本文件，也不是可识别的文档格式 (binary file of unknown format)");
        EncodingDetector.Decoded decoded;
        try {
            decoded = EncodingDetector.decode(bytes);
        } catch (CharacterCodingException e) {
            throw new ReadException("无法识别文字编码（既非 UTF-8/UTF-16 也非 GB18030）(unknown text encoding)", e);
        }
        List<Line> lines = new ArrayList<>();
        for (String l : TextCleaner.lines(decoded.text())) lines.add(Line.text(l));
        if (lines.stream().allMatch(l -> l.text().isBlank())) throw new ReadException("文件没有文字内容 (no text in file)");
        return new Document(file.toString(), format(), decoded.encoding(), lines);
    }
}

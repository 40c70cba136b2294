package nianbao.read;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Test helper: a copy of a PDF with its ruling lines gone (every stroked path ended unpainted), written to a
 * temporary folder. The text stays where it was, so the tables must be rebuilt from text positions alone.
 */
final class Unruled {
    private Unruled() {}

    private static final Set<String> STROKES = Set.of("S", "s", "B", "B*", "b", "b*");

    static Path copy(Path pdf, Path dir) throws Exception {
        Path out = dir.resolve("unruled_" + pdf.getFileName());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                List<Object> tokens = new PDFStreamParser(page).parse();
                for (int i = 0; i < tokens.size(); i++) {
                    if (tokens.get(i) instanceof Operator op && STROKES.contains(op.getName())) {
                        tokens.set(i, Operator.getOperator("n"));
                    }
                }
                PDStream stream = new PDStream(doc);
                try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    new ContentStreamWriter(os).writeTokens(tokens);
                }
                page.setContents(stream);
            }
            doc.save(out.toFile());
        }
        return out;
    }
}

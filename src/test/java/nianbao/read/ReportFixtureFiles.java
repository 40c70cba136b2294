package nianbao.read;

import nianbao.model.Report;
import nianbao.parse.ReportLoader;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the HTML (UTF-8 and GBK) and DOCX renderings of seed reports into a folder, for benchmarks and demos. */
public final class ReportFixtureFiles {
    private ReportFixtureFiles() {}

    public record Written(List<Path> html, List<Path> gbk, List<Path> docx) {}

    public static Written write(List<Path> seeds, Path dir) throws Exception {
        List<Path> html = new ArrayList<>(), gbk = new ArrayList<>(), docx = new ArrayList<>();
        for (Path seed : seeds) {
            Report r = ReportLoader.load(seed);
            String stem = FixtureRoundTripTest.stem(seed);
            html.add(Files.write(dir.resolve(stem + ".html"), ReportFixtures.html(r, StandardCharsets.UTF_8)));
            gbk.add(Files.write(dir.resolve(stem + ".gbk.htm"), ReportFixtures.html(r, Charset.forName("GBK"))));
            docx.add(Files.write(dir.resolve(stem + ".docx"), ReportFixtures.docx(r)));
        }
        return new Written(html, gbk, docx);
    }
}

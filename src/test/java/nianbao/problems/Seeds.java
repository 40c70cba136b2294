package nianbao.problems;

import nianbao.model.Cells;
import nianbao.model.Level;
import nianbao.model.Region;
import nianbao.model.Report;
import nianbao.model.Section;
import nianbao.model.SectionKey;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test helpers: the shared seed reports, and reports built by hand. */
public final class Seeds {
    private Seeds() {}

    public static final Path DIR = Path.of("../shared/seeds");

    public static Path file(String name) {
        Assumptions.assumeTrue(Files.isDirectory(DIR), "../shared/seeds 不存在，跳过 (seeds absent, skipped)");
        return DIR.resolve(name);
    }

    public static Report report(String id, String agency, Integer year, Region region, Level level,
                                SectionKey key, String body) {
        return new Report(id, id + ".txt", "text", "UTF-8", agency + "政府信息公开工作年度报告", agency, year, region,
                level, null, null, List.of(new Section(key, key.standardHeading(), body, 0)), Cells.empty(),
                List.of(), body);
    }
}

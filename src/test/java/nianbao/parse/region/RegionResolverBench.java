package nianbao.parse.region;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nianbao.model.Region;

/**
 * Prints how long the gazetteer takes to load and a resolution takes, on the seed reports (not a unit test):
 * {@code java -cp target/classes:target/test-classes nianbao.parse.region.RegionResolverBench [corpus]}.
 */
public final class RegionResolverBench {
    private RegionResolverBench() {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "corpus");
        long t0 = System.nanoTime();
        RegionResolver.resolve(null, null, null);
        System.out.printf("载入行政区划 / gazetteer load: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        List<Path> files;
        try (var s = Files.list(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        final int rounds = 200;
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            String agency = f.getFileName().toString().replaceFirst("^\\d{4}_", "").replaceFirst("\\.txt$", "");
            Region r = RegionResolver.resolve(agency, null, text);
            long start = System.nanoTime();
            for (int i = 0; i < rounds; i++) RegionResolver.resolve(agency, null, text);
            double ms = (System.nanoTime() - start) / 1e6 / rounds;
            System.out.printf("%s\t%d 字 chars\t%s\t%.2f ms%n", f.getFileName(), text.length(), r.parts(), ms);
        }
    }
}

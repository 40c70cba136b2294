package nianbao.read;

import java.nio.file.Path;

/** Prints what a reader makes of a file, one line per Document line (grid rows with | between cells). */
public final class DumpDocument {
    public static void main(String[] args) throws Exception {
        for (String a : args) {
            Document d = Readers.read(Path.of(a));
            System.out.println("== " + a + " [" + d.sourceFormat() + ", " + d.encoding() + "]");
            for (Line l : d.lines()) System.out.println((l.grid() ? "G| " + l.text().replace("\t", " | ") : "T: " + l.text()));
        }
    }
}

package nianbao.parse;

import nianbao.model.SectionKey;
import nianbao.read.Line;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the six section headings, in order: a heading is accepted only after the sections before it. */
final class SectionSplitter {
    private SectionSplitter() {}

    /** A heading: its section, the heading as printed, and its 0-based line index. */
    record Heading(SectionKey key, String text, int line) {}

    static List<Heading> find(List<Line> lines) {
        List<Heading> found = new ArrayList<>();
        int lastOrdinal = -1;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.grid()) continue;
            Optional<SectionKey> m = HeadingMatcher.match(line.text());
            if (m.isEmpty()) continue;
            SectionKey key = m.get();
            if (key.ordinal() <= lastOrdinal) continue; // a later mention, e.g. a row label or a sub-heading
            found.add(new Heading(key, line.text().strip(), i));
            lastOrdinal = key.ordinal();
        }
        return found;
    }
}

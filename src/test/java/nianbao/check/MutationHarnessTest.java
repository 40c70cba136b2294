package nianbao.check;

import nianbao.extract.Figure;
import nianbao.extract.FigureExtractor;
import nianbao.extract.FigureKind;
import nianbao.extract.Scope;
import nianbao.model.CellIds;
import nianbao.model.Cells;
import nianbao.model.Report;
import nianbao.model.Section;
import nianbao.parse.ReportLoader;
import nianbao.read.ReadException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Changes one table 三/四 cell at a time (+1), and one narrative figure that maps to a cell at a time (+1), and
 * asserts the checker reports each change with a finding the original did not have. A cell that no relation can
 * observe (every relation it is in has a blank cell) is listed as such. Prints the recall per report.
 */
class MutationHarnessTest {
    private static final Checker CHECKER = new Checker();

    record Tally(int mutated, int detected, List<String> unobservable, List<String> missed) {}

    @Test
    void seedsAndSamples() throws IOException {
        List<Report> reports = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("corpus"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) reports.add(load(p));
        }
        Path samples = Path.of("..", "shared", "samples");
        if (!Files.isDirectory(samples)) {
            System.out.println("[mutation] ../shared/samples 不存在，跳过样例 PDF (absent: sample PDFs skipped)");
        } else {
            try (Stream<Path> s = Files.list(samples)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                    try {
                        reports.add(ReportLoader.load(p));
                    } catch (ReadException e) {
                        System.out.println("[mutation] 跳过 skipped " + p.getFileName() + ": " + e.getMessage());
                    }
                }
            }
        }
        int mutated = 0, detected = 0, unobservable = 0;
        List<String> missed = new ArrayList<>();
        for (Report r : reports) {
            Tally cells = mutateCells(r);
            Tally narrative = mutateNarrative(r);
            for (Tally t : List.of(cells, narrative)) {
                mutated += t.mutated;
                detected += t.detected;
                unobservable += t.unobservable.size();
                missed.addAll(t.missed);
            }
            System.out.printf("[mutation] %s: 单元格 cells %d/%d detected (%d unobservable %s); 正文 narrative %d/%d detected%n",
                    Path.of(r.source()).getFileName(), cells.detected, cells.mutated, cells.unobservable.size(),
                    cells.unobservable, narrative.detected, narrative.mutated);
        }
        int consistent = 0, consistentSeen = 0;
        for (Report r : reports) {
            Tally t = mutateReviewConsistently(r);
            consistent += t.mutated;
            consistentSeen += t.detected;
            missed.addAll(t.missed);
            System.out.printf("[mutation] %s: 表四一致变更 consistent table-四 changes %d/%d detected; unobservable (no relation, no"
                    + " narrative figure sees them): %s%n", Path.of(r.source()).getFileName(), t.detected, t.mutated, t.unobservable);
        }
        System.out.printf("[mutation] consistent table-四 changes: %d/%d detected (the rest listed as unobservable)%n",
                consistentSeen, consistent);
        double recall = mutated == 0 ? 0 : 100.0 * detected / (mutated - unobservable);
        System.out.printf("[mutation] total: %d mutations, %d detected, %d unobservable, recall over observable %.1f%%%n",
                mutated, detected, unobservable, recall);
        assertFalse(reports.isEmpty());
        assertEquals(List.of(), missed, "observable changes the checker did not report");
    }

    private static Report load(Path p) {
        try {
            return ReportLoader.load(p);
        } catch (ReadException e) {
            throw new AssertionError(p + ": " + e.getMessage());
        }
    }

    private static Set<String> keys(List<Finding> findings) {
        Set<String> out = new HashSet<>();
        for (Finding f : findings) if (!f.rule().equals("T_UNCHECKABLE")) out.add(f.rule() + "|" + f.message());
        return out;
    }

    /** Whether the mutated report has a finding (other than T_UNCHECKABLE) the original did not. */
    private static boolean reported(Set<String> before, Report mutated) {
        for (String k : keys(CHECKER.check(mutated))) if (!before.contains(k)) return true;
        return false;
    }

    static Tally mutateCells(Report r) {
        Set<String> before = keys(CHECKER.check(r));
        int mutated = 0, detected = 0;
        List<String> unobservable = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<String> blank = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : r.cells().asMap().entrySet()) {
            String id = e.getKey();
            if (!(id.startsWith("t3.") || id.startsWith("t4."))) continue;
            if (e.getValue() == null) {
                blank.add(id);
                continue;
            }
            Map<String, BigDecimal> changed = new LinkedHashMap<>(r.cells().asMap());
            changed.put(id, e.getValue().add(BigDecimal.ONE));
            mutated++;
            if (reported(before, withCells(r, new Cells(changed)))) detected++;
            else if (relationsObserving(r, id).isEmpty()) unobservable.add(id);
            else missed.add(Path.of(r.source()).getFileName() + " " + id);
        }
        var version = r.format() == null ? nianbao.model.FormatVersion.V2021 : r.format();
        for (String id : CellIds.all(version)) {
            if ((id.startsWith("t3.") || id.startsWith("t4.")) && !r.cells().isPresent(id)) blank.add(id);
        }
        if (!blank.isEmpty()) {
            System.out.println("[mutation] " + Path.of(r.source()).getFileName() + ": 空白或缺失的单元格未变异 (blank or absent cells, not mutated): "
                    + blank.size() + " " + (blank.size() > 8 ? blank.subList(0, 8) + "…" : blank));
        }
        return new Tally(mutated, detected, unobservable, missed);
    }

    private static final Pattern NEGATION = Pattern.compile("^(暂未|尚未|均未|从未|并未|没有|未|无)");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("([0-9０-９]+|[零〇一二两三四五六七八九十百千]+)(件次|件|条|宗|份|起|个|次|篇|项)$");

    static Tally mutateNarrative(Report r) {
        Set<String> before = keys(CHECKER.check(r));
        int mutated = 0, detected = 0;
        List<String> missed = new ArrayList<>();
        for (Figure f : FigureExtractor.figures(r)) {
            if (!f.mapsToCells() || f.scope() != Scope.WHOLE || f.approximate()) continue;
            if (f.kind() != FigureKind.COUNT) {
                // A claim has no numeral: restate it as a count of 2 ("未收到申请" → "收到申请2件",
                // "已办结" → "结转下年度继续办理2件").
                String restated = f.kind() == FigureKind.ZERO
                        ? NEGATION.matcher(f.text()).replaceFirst("") + "2件" : "结转下年度继续办理2件";
                mutated++;
                Report changed = withSectionText(r, f.section(), f.start(), f.end(), restated);
                if (reported(before, changed)) detected++;
                else missed.add(Path.of(r.source()).getFileName() + " 正文“" + f.text() + "” → “" + restated + "”");
                continue;
            }
            Matcher m = TRAILING_NUMBER.matcher(f.text());
            if (!m.find()) continue;
            int numStart = f.end() - f.text().length() + m.start(1);
            int numEnd = f.end() - f.text().length() + m.end(1);
            mutated++;
            Report changed = withSectionText(r, f.section(), numStart, numEnd, f.value().add(BigDecimal.ONE).toPlainString());
            if (reported(before, changed)) detected++;
            else missed.add(Path.of(r.source()).getFileName() + " 正文“" + f.text() + "”");
        }
        return new Tally(mutated, detected, List.of(), missed);
    }

    /**
     * Changes a table-四 cell together with its group's 总计, so the table still adds up: only the narrative can see
     * it. A change no narrative figure covers is listed as unobservable; one a whole-scope figure covers must be
     * reported.
     */
    static Tally mutateReviewConsistently(Report r) {
        Set<String> before = keys(CHECKER.check(r));
        Set<String> covered = new HashSet<>();
        for (Figure f : FigureExtractor.figures(r)) if (f.scope() == Scope.WHOLE && !f.approximate()) covered.addAll(f.cells());
        int mutated = 0, detected = 0;
        List<String> unobservable = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (String g : CellIds.T4_GROUPS) {
            String total = CellIds.t4(g, "total");
            for (String col : List.of("upheld", "corrected", "other", "pending")) {
                String id = CellIds.t4(g, col);
                if (r.cells().get(id) == null || r.cells().get(total) == null) continue;
                Map<String, BigDecimal> changed = new LinkedHashMap<>(r.cells().asMap());
                changed.put(id, changed.get(id).add(BigDecimal.ONE));
                changed.put(total, changed.get(total).add(BigDecimal.ONE));
                mutated++;
                if (reported(before, withCells(r, new Cells(changed)))) detected++;
                else if (!covered.contains(id) && !covered.contains(total)) unobservable.add(id);
                else missed.add(Path.of(r.source()).getFileName() + " " + id + "+" + total);
            }
        }
        return new Tally(mutated, detected, unobservable, missed);
    }

    /** Relations of RULES.md that see the cell and can be evaluated (none of their cells blank). */
    static List<String> relationsObserving(Report r, String id) {
        String[] p = id.split("\\.");
        List<List<String>> relations = new ArrayList<>();
        if (p[0].equals("t3")) {
            String row = p[1], col = p[2];
            List<String> rowCells = new ArrayList<>();
            for (String c : CellIds.T3_COLUMNS) rowCells.add(CellIds.t3(row, c));
            relations.add(rowCells);
            List<String> balance = List.of(CellIds.t3("new", col), CellIds.t3("carried_in", col),
                    CellIds.t3("result_total", col), CellIds.t3("carried_out", col));
            if (balance.contains(id)) relations.add(balance);
            var version = r.format() == null ? nianbao.model.FormatVersion.V2021 : r.format();
            if (CellIds.t3ResultRows(version).contains(row) || row.equals("result_total")) {
                List<String> result = new ArrayList<>();
                for (String rr : CellIds.t3ResultRows(version)) result.add(CellIds.t3(rr, col));
                result.add(CellIds.t3("result_total", col));
                relations.add(result);
            }
        } else {
            List<String> group = new ArrayList<>();
            for (String c : CellIds.T4_COLUMNS) group.add(CellIds.t4(p[1], c));
            relations.add(group);
        }
        List<String> out = new ArrayList<>();
        for (List<String> rel : relations) {
            if (rel.stream().allMatch(c -> r.cells().get(c) != null)) out.add(String.join("+", rel));
        }
        return out;
    }

    static Report withCells(Report r, Cells cells) {
        return new Report(r.id(), r.source(), r.sourceFormat(), r.encoding(), r.title(), r.agency(), r.year(), r.region(),
                r.level(), r.published(), r.format(), r.sections(), cells, r.notes(), r.text());
    }

    static Report withSectionText(Report r, String sectionId, int start, int end, String replacement) {
        List<Section> sections = new ArrayList<>();
        for (Section s : r.sections()) {
            if (s.key().id().equals(sectionId)) {
                String t = s.text().substring(0, start) + replacement + s.text().substring(end);
                sections.add(new Section(s.key(), s.heading(), t, s.start()));
            } else {
                sections.add(s);
            }
        }
        return new Report(r.id(), r.source(), r.sourceFormat(), r.encoding(), r.title(), r.agency(), r.year(), r.region(),
                r.level(), r.published(), r.format(), sections, r.cells(), r.notes(), r.text());
    }
}

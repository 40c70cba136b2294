package nianbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nianbao.index.IndexFields;
import nianbao.index.ReportDocuments;
import nianbao.index.Segmenter;
import nianbao.index.SyntheticFiles;
import nianbao.index.TextNormalizer;
import nianbao.model.Report;
import nianbao.model.Section;

class SearchTest {
    static ReportSearcher searcher;
    static List<Report> reports;

    @BeforeAll
    static void open() throws Exception {
        assumeTrue(Files.isDirectory(SyntheticFiles.SEEDS), "corpus/ with the seed reports is absent; skipping");
        searcher = ReportSearcher.open(SearchIndexFixture.index());
        reports = SearchIndexFixture.reports();
    }

    @AfterAll
    static void close() throws Exception {
        if (searcher != null) searcher.close();
    }

    /** Narrative sections (report, section) that satisfy a predicate on their normalised text: the plain scan. */
    static long scan(Predicate<Report> report, Predicate<String> text) {
        long n = 0;
        for (Report r : reports) {
            if (!report.test(r)) continue;
            for (Section s : r.sections()) {
                if (s.key().isNarrative() && !s.text().isBlank() && text.test(TextNormalizer.normalize(s.text()))) n++;
            }
        }
        return n;
    }

    static Predicate<String> has(String literal) {
        String n = TextNormalizer.normalize(literal);
        return t -> t.contains(n);
    }

    @Test
    void highlightsLandExactlyOnTheQueryText() throws Exception {
        for (String q : List.of("政务新媒体", "公开", "媒体", "申请公", "\"政务公开\"", "信息 工作", "ＡＢＣ OR 政府网站")) {
            ParsedQuery parsed = QuerySyntax.parse(q);
            List<String> runs = new ArrayList<>();
            for (String l : parsed.positiveLiterals()) runs.addAll(List.of(TextNormalizer.normalize(l).split("\\s+")));
            SearchResult r = searcher.search(SearchRequest.of(q).withLimit(50));
            for (SearchResult.Hit h : r.hits()) {
                assertFalse(h.snippet().highlights().isEmpty(), q + ": a hit without a highlight: " + h.snippet());
                for (MatchFinder.Span s : h.snippet().highlights()) {
                    String marked = TextNormalizer.normalize(h.snippet().text().substring(s.start(), s.end()));
                    assertTrue(runs.stream().anyMatch(marked::contains) && runs.stream().anyMatch(
                            run -> marked.length() <= run.length() * 3 && marked.contains(run)), q + " → " + marked);
                }
            }
        }
        SearchResult one = searcher.search(SearchRequest.of("政务新媒体").withLimit(5));
        assertTrue(one.total() > 0);
        for (SearchResult.Hit h : one.hits()) {
            for (MatchFinder.Span s : h.snippet().highlights()) {
                assertEquals("政务新媒体", h.snippet().text().substring(s.start(), s.end()));
            }
            assertTrue(h.snippet().marked("【", "】").contains("【政务新媒体】"));
        }
    }

    @Test
    void totalsEqualAPlainScanWithFiltersExclusionsAndOr() throws Exception {
        assertEquals(scan(r -> true, has("公开")), searcher.search(SearchRequest.of("公开")).total());
        assertEquals(scan(r -> true, has("公开").and(has("新媒体").negate())),
                searcher.search(SearchRequest.of("公开 -新媒体")).total());
        assertEquals(scan(r -> true, has("微博").or(has("公众号"))),
                searcher.search(SearchRequest.of("微博 OR 公众号")).total());
        assertEquals(scan(r -> r.year() == 2021, has("工作")),
                searcher.search(new SearchRequest("工作", 2021, null, null, null, 10)).total());
        Report some = reports.get(0);
        String province = some.region().province();
        assertEquals(scan(r -> province.equals(r.region().province()), has("工作")),
                searcher.search(new SearchRequest("工作", null, ReportDocuments.shortPlaceName(province), null, null, 10)).total());
        assertEquals(scan(r -> r.level() == some.level(), has("工作")),
                searcher.search(new SearchRequest("工作", null, null, some.level().label(), null, 10)).total());
        long problems = 0;
        for (Report r : reports) if (TextNormalizer.normalize(r.sectionText(nianbao.model.SectionKey.PROBLEMS)).contains("公开")) problems++;
        SearchResult p = searcher.search(new SearchRequest("公开", null, null, null, "problems", 100));
        assertEquals(problems, p.total());
        for (SearchResult.Hit h : p.hits()) assertEquals("problems", h.section());
    }

    @Test
    void reportScopeMatchesGroupsAcrossSections() throws Exception {
        for (String[] q : List.of(new String[] {"政务新媒体", "费"}, new String[] {"培训", "公开"})) {
            long expected = 0;
            for (Report r : reports) {
                String all = TextNormalizer.normalize(r.sectionText(nianbao.model.SectionKey.OVERVIEW) + "\n"
                        + r.sectionText(nianbao.model.SectionKey.PROBLEMS) + "\n" + r.sectionText(nianbao.model.SectionKey.OTHER));
                if (all.contains(q[0]) && all.contains(q[1]) && !all.contains("考核")) expected++;
            }
            SearchResult res = searcher.search(new SearchRequest(q[0] + " " + q[1] + " -考核", null, null, null, "report", 1000));
            assertEquals(expected, res.total(), String.join(" ", q));
            assertEquals(expected, res.hits().size());
            for (SearchResult.Hit h : res.hits()) {
                assertEquals("report", h.section());
                assertFalse(h.snippet().highlights().isEmpty());
            }
        }
    }

    @Test
    void filteredHitsCarryTheirReportsFields() throws Exception {
        Report some = reports.get(3);
        SearchResult r = searcher.search(new SearchRequest("公开", some.year(), some.region().city(),
                some.level().name().toLowerCase(), null, 100));
        assertTrue(r.total() > 0);
        for (SearchResult.Hit h : r.hits()) {
            assertEquals(some.year(), h.year());
            assertEquals(some.region().city(), h.city());
            assertEquals(some.level().label(), h.level());
        }
    }

    @Test
    void pagesFollowOneAnother() throws Exception {
        SearchRequest req = SearchRequest.of("公开").withLimit(10);
        List<SearchResult.Hit> first = searcher.search(req.withLimit(20)).hits();
        SearchResult second = searcher.search(req, 10);
        assertEquals(first.subList(10, 20).stream().map(h -> h.reportId() + h.section()).toList(),
                second.hits().stream().map(h -> h.reportId() + h.section()).toList());
        assertEquals(searcher.search(req).total(), second.total());
    }

    @Test
    void facetCountsAddUpToTheTotal() throws Exception {
        SearchResult r = searcher.search(SearchRequest.of("公开"));
        Map<String, Map<String, Integer>> f = r.facets();
        for (String dim : List.of(IndexFields.SECTION, IndexFields.YEAR, IndexFields.LEVEL, IndexFields.PROVINCE)) {
            assertEquals(r.total(), f.get(dim).values().stream().mapToLong(Integer::longValue).sum(), dim);
        }
        assertEquals(scan(rep -> rep.year() == 2020, has("公开")), (long) f.get(IndexFields.YEAR).getOrDefault("2020", 0));
    }

    @Test
    void wholeWordMatchesRankBeforeSubstringMatches() throws Exception {
        Segmenter seg = new Segmenter();
        for (String q : List.of("媒体", "公开")) {
            SearchResult r = searcher.search(SearchRequest.of(q).withLimit(1000));
            List<Boolean> whole = new ArrayList<>();
            for (SearchResult.Hit h : r.hits()) {
                String text = TextNormalizer.normalize(h.snippet() == null ? "" : sectionText(h));
                whole.add(seg.words(text).stream().anyMatch(w -> w.text().equals(q)));
            }
            assertTrue(whole.contains(true) && whole.contains(false), q + ": need both kinds of hit: " + whole);
            assertEquals(whole.lastIndexOf(true) + 1, whole.indexOf(false), q + ": " + whole);
        }
    }

    @Test
    void reportScopeRanksReportsWithWholeWordsFirst() throws Exception {
        Segmenter seg = new Segmenter();
        for (String q : List.of("媒体", "公开")) {
            SearchResult r = searcher.search(new SearchRequest(q, null, null, null, "report", 1000));
            List<Boolean> whole = new ArrayList<>();
            for (SearchResult.Hit h : r.hits()) {
                Report rep = reports.stream().filter(x -> x.id().equals(h.reportId())).findFirst().orElseThrow();
                boolean any = false;
                for (Section s : rep.sections()) {
                    if (s.key().isNarrative()) any |= seg.words(TextNormalizer.normalize(s.text())).stream().anyMatch(w -> w.text().equals(q));
                }
                whole.add(any);
            }
            assertTrue(whole.contains(true), q + ": " + whole);
            int firstSubstringOnly = whole.indexOf(false);
            if (firstSubstringOnly >= 0) assertEquals(whole.lastIndexOf(true) + 1, firstSubstringOnly, q + ": " + whole);
            for (int i = 1; i < r.hits().size(); i++) assertTrue(r.hits().get(i - 1).score() >= r.hits().get(i).score());
        }
    }

    static String sectionText(SearchResult.Hit h) {
        for (Report r : reports) {
            if (r.id().equals(h.reportId())) return r.sectionText(nianbao.model.SectionKey.ofId(h.section()));
        }
        throw new AssertionError("no report " + h.reportId());
    }

    @Test
    void kwicLinesShowEveryMatchInContext() throws Exception {
        List<ReportSearcher.KwicLine> lines = searcher.kwic(SearchRequest.of("政务新媒体"), 10, 10_000);
        long occurrences = 0;
        for (Report r : reports) {
            for (Section s : r.sections()) {
                if (!s.key().isNarrative()) continue;
                String t = s.text();
                for (int i = t.indexOf("政务新媒体"); i >= 0; i = t.indexOf("政务新媒体", i + 1)) occurrences++;
            }
        }
        assertEquals(occurrences, lines.size());
        for (ReportSearcher.KwicLine l : lines) {
            assertEquals("政务新媒体", l.match());
            assertTrue(l.left().length() <= 10 && l.right().length() <= 10);
        }
    }

    @Test
    void similarReportsExcludeTheReportItself() throws Exception {
        Report r = reports.get(0);
        List<SearchResult.Hit> similar = searcher.similar(r.id(), 5);
        assertFalse(similar.isEmpty());
        for (SearchResult.Hit h : similar) {
            assertNotEquals(r.id(), h.reportId());
            assertEquals("report", h.section());
        }
        assertThrows(java.io.IOException.class, () -> searcher.similar("no-such-report", 5));
    }

    @Test
    void badFiltersAndQueriesAreRefusedClearly() {
        assertThrows(QuerySyntaxException.class, () -> searcher.search(SearchRequest.of("\"未闭合")));
        assertThrows(QuerySyntaxException.class,
                () -> searcher.search(new SearchRequest("公开", null, null, "村", null, 10)));
        assertThrows(QuerySyntaxException.class,
                () -> searcher.search(new SearchRequest("公开", null, null, null, "tables", 10)));
    }
}

package nianbao.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.FixedBitSet;

import nianbao.index.IndexFields;
import nianbao.index.IndexSchema;
import nianbao.index.NianbaoAnalyzer;
import nianbao.index.ReportDocuments;
import nianbao.model.Level;
import nianbao.model.SectionKey;

/** Searches an index made by {@link nianbao.index.Indexer}. Thread-safe: one instance serves many searches. */
public final class ReportSearcher implements Closeable {
    private static final Set<String> HIT_FIELDS = Set.of(IndexFields.REPORT_ID, IndexFields.AGENCY, IndexFields.YEAR,
            IndexFields.PROVINCE, IndexFields.CITY, IndexFields.COUNTY, IndexFields.LEVEL, IndexFields.SECTION,
            IndexFields.SOURCE, IndexFields.TEXT);

    private final org.apache.lucene.store.Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final NianbaoAnalyzer analyzer = new NianbaoAnalyzer();
    private final LuceneQueries queries = new LuceneQueries(analyzer);
    private final SortedSetDocValuesReaderState facetState;
    /** Built on the first whole-report search or similarity query (a cold CLI search needs neither: 0.2 s saved). */
    private ReportOrdinals reports;

    private ReportSearcher(org.apache.lucene.store.Directory directory, DirectoryReader reader) throws IOException {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.facetState = reader.maxDoc() == 0 ? null
                : new DefaultSortedSetDocValuesReaderState(reader, ReportDocuments.facetsConfig());
    }

    /**
     * Opens the index; a missing index, or one of another layout (whose documents this code would misread), is an
     * {@link IOException} with a one-line message.
     */
    public static ReportSearcher open(Path indexDir) throws IOException {
        FSDirectory dir = FSDirectory.open(indexDir);
        DirectoryReader reader = null;
        try {
            reader = DirectoryReader.open(dir);
            // the layout of the commit this reader sees, not of whatever commit is latest by now
            if (!IndexSchema.isCurrent(reader.getIndexCommit().getUserData())) {
                throw new IOException("索引由其他版本的 nianbao 建立，请重新运行 nianbao index 重建 (the index at " + indexDir
                        + " was written by another version of nianbao; run nianbao index to rebuild it)");
            }
            return new ReportSearcher(dir, reader);
        } catch (IndexNotFoundException | java.nio.file.NoSuchFileException e) {
            dir.close();
            throw new IOException("找不到索引，请先运行 nianbao index (no index at " + indexDir + "; run nianbao index first)");
        } catch (IOException | RuntimeException e) {
            if (reader != null) reader.close();
            dir.close();
            throw e;
        }
    }

    public int documentCount() { return reader.numDocs(); }

    /** How many narrative-section documents the index holds. */
    public int sectionCount() throws IOException {
        return searcher.count(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_SECTION)));
    }

    public SearchResult search(SearchRequest req) throws QuerySyntaxException, IOException {
        return search(req, 0);
    }

    /** A page of results: the hits ranked {@code offset + 1 … offset + limit}; total and facets as for all. */
    public SearchResult search(SearchRequest req, int offset) throws QuerySyntaxException, IOException {
        ParsedQuery parsed = QuerySyntax.parse(req.query());
        if (isReportScope(req)) return searchReports(parsed, req, offset);
        return collect(withFilters(queries.build(parsed), req), offset, req.limit(),
                new MatchFinder(parsed.positiveLiterals()));
    }

    /** Top hits, exact total and facets of a final query; snippets made with the finder. */
    private SearchResult collect(Query q, int offset, int limit, MatchFinder finder) throws IOException {
        int from = Math.max(0, offset);
        Object[] results = searcher.search(q, new MultiCollectorManager(
                new TopScoreDocCollectorManager(from + Math.max(1, limit), null, Integer.MAX_VALUE),
                new FacetsCollectorManager()));
        TopDocs top = (TopDocs) results[0];
        FacetsCollector fc = (FacetsCollector) results[1];
        List<SearchResult.Hit> hits = new ArrayList<>();
        StoredFields stored = reader.storedFields();
        ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(from, top.scoreDocs.length),
                top.scoreDocs.length);
        for (ScoreDoc sd : page) {
            Document d = stored.document(sd.doc, HIT_FIELDS);
            hits.add(hit(d, sd.score, finder));
        }
        return new SearchResult(top.totalHits.value, hits, facets(fc));
    }

    /**
     * Whole-report search: a group matches a report when it matches any of its sections. Report documents hold no
     * words (indexing them twice would cost ingest a quarter of its Lucene time), so reports are found, and ranked by
     * the summed word scores of their sections, on the section documents; facets count the report documents.
     */
    private SearchResult searchReports(ParsedQuery parsed, SearchRequest req, int offset)
            throws QuerySyntaxException, IOException {
        SearchRequest sections = new SearchRequest(req.query(), req.year(), req.region(), req.level(), null, req.limit());
        ReportOrdinals reports = reports();
        FixedBitSet ids = null;
        for (List<String> group : parsed.groups()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String alt : group) any.add(LuceneQueries.substring(alt), Occur.SHOULD);
            FixedBitSet found = reports.matching(searcher, withFilters(any.build(), sections));
            if (ids == null) ids = found;
            else ids.and(found);
        }
        for (String ex : parsed.excluded()) {
            ids.andNot(reports.matching(searcher, withFilters(LuceneQueries.substring(ex), sections)));
        }
        ReportOrdinals.Documents docs = reports.documentsOf(ids);
        if (docs.docs().length == 0) return new SearchResult(0, List.of(), Map.of());
        Query words = queries.wordScore(parsed);
        float[] scores = words == null ? new float[reports.count()] : reports.scores(searcher, withFilters(words, sections)).sums();
        FacetsCollector fc = searcher.search(new DocSetQuery(docs.docs()), new FacetsCollectorManager());
        List<SearchResult.Hit> page = reportHits(docs, scores, Math.max(0, offset), req.limit());
        MatchFinder finder = new MatchFinder(parsed.positiveLiterals());
        List<SearchResult.Hit> hits = new ArrayList<>(page.size());
        for (SearchResult.Hit h : page) hits.add(withSnippet(h, reportSnippet(h.reportId(), finder)));
        return new SearchResult(docs.docs().length, hits, facets(fc));
    }

    /**
     * The report documents, best first by their reports' scores (ties in index order), from {@code offset}, at most
     * {@code limit}.
     */
    private List<SearchResult.Hit> reportHits(ReportOrdinals.Documents docs, float[] scores, int offset, int limit)
            throws IOException {
        List<ScoreDoc> ranked = new ArrayList<>(docs.docs().length);
        for (int i = 0; i < docs.docs().length; i++) ranked.add(new ScoreDoc(docs.docs()[i], scores[docs.ords()[i]]));
        ranked.sort(java.util.Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc));
        StoredFields stored = reader.storedFields();
        List<SearchResult.Hit> out = new ArrayList<>();
        for (ScoreDoc sd : ranked.subList(Math.min(offset, ranked.size()), Math.min(ranked.size(), offset + Math.max(1, limit)))) {
            out.add(hit(stored.document(sd.doc, HIT_FIELDS), sd.score, null));
        }
        return out;
    }

    private synchronized ReportOrdinals reports() throws IOException {
        if (reports == null) reports = ReportOrdinals.of(searcher);
        return reports;
    }

    private static boolean isReportScope(SearchRequest req) {
        return req.section() != null && req.section().strip().equalsIgnoreCase(IndexFields.KIND_REPORT);
    }

    /** The narrative sections of a report, in order, as stored. */
    private List<Document> sectionsOf(String reportId) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.REPORT_ID, reportId)), Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_SECTION)), Occur.FILTER)
                .build();
        List<Document> out = new ArrayList<>();
        StoredFields stored = reader.storedFields();
        for (ScoreDoc sd : searcher.search(q, 16).scoreDocs) out.add(stored.document(sd.doc, HIT_FIELDS));
        out.sort(java.util.Comparator.comparingInt(d -> SectionKey.ofId(d.get(IndexFields.SECTION)).ordinal()));
        return out;
    }

    /** A report hit's snippet: from its first section with a match. */
    private Snippet reportSnippet(String reportId, MatchFinder finder) throws IOException {
        for (Document d : sectionsOf(reportId)) {
            String text = d.get(IndexFields.TEXT);
            List<MatchFinder.Span> spans = finder.find(text);
            if (!spans.isEmpty()) return Snippet.of(text, spans);
        }
        return null;
    }

    private static SearchResult.Hit withSnippet(SearchResult.Hit h, Snippet s) {
        return new SearchResult.Hit(h.reportId(), h.agency(), h.year(), h.province(), h.city(), h.county(), h.level(),
                h.section(), h.source(), h.score(), s);
    }

    /** A keyword-in-context line: the match with its left and right context, and where it is. */
    public record KwicLine(String left, String match, String right, SearchResult.Hit hit) {}

    /** Every match in every hit, best hits first, up to {@code maxLines}. */
    public List<KwicLine> kwic(SearchRequest req, int width, int maxLines) throws QuerySyntaxException, IOException {
        ParsedQuery parsed = QuerySyntax.parse(req.query());
        // Concordance lines come from sections; a whole-report scope means all sections.
        SearchRequest sections = isReportScope(req)
                ? new SearchRequest(req.query(), req.year(), req.region(), req.level(), null, req.limit()) : req;
        Query q = withFilters(queries.build(parsed), sections);
        MatchFinder finder = new MatchFinder(parsed.positiveLiterals());
        List<KwicLine> lines = new ArrayList<>();
        TopDocs top = searcher.search(q, Math.max(1, reader.maxDoc()));
        StoredFields stored = reader.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc, HIT_FIELDS);
            String text = d.get(IndexFields.TEXT);
            SearchResult.Hit hit = hit(d, sd.score, null);
            for (MatchFinder.Span s : finder.find(text)) {
                if (lines.size() >= maxLines) return lines;
                String left = Snippet.oneLine(text.substring(Math.max(0, s.start() - width), s.start()));
                String right = Snippet.oneLine(text.substring(s.end(), Math.min(text.length(), s.end() + width)));
                lines.add(new KwicLine(left, Snippet.oneLine(text.substring(s.start(), s.end())), right, hit));
            }
        }
        return lines;
    }

    /**
     * Reports most like a given one (MoreLikeThis over the words of the narrative sections).
     *
     * @param report a report id, or the source path of an indexed file
     */
    public List<SearchResult.Hit> similar(String report, int limit) throws IOException {
        Query which = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_REPORT)), Occur.FILTER)
                .add(new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(IndexFields.REPORT_ID, report)), Occur.SHOULD)
                        .add(new TermQuery(new Term(IndexFields.SOURCE, Path.of(report).toAbsolutePath().normalize().toString())), Occur.SHOULD)
                        .build(), Occur.MUST)
                .build();
        TopDocs found = searcher.search(which, 1);
        if (found.scoreDocs.length == 0) {
            throw new IOException("索引中没有这份报告 (no such report in the index): " + report);
        }
        int docId = found.scoreDocs[0].doc;
        StoredFields stored = reader.storedFields();
        String selfId = stored.document(docId, Set.of(IndexFields.REPORT_ID)).get(IndexFields.REPORT_ID);
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {IndexFields.TEXT});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMaxQueryTerms(40);
        // Report documents hold no text: the report's words are read again from its sections' stored text.
        List<StringReader> texts = new ArrayList<>();
        for (Document d : sectionsOf(selfId)) texts.add(new StringReader(d.get(IndexFields.TEXT)));
        Query like = mlt.like(IndexFields.TEXT, texts.toArray(new StringReader[0]));
        // Sections are scored, and a report scores the sum of its sections (report documents hold no words).
        Query q = new BooleanQuery.Builder()
                .add(like, Occur.MUST)
                .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_SECTION)), Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.REPORT_ID, selfId)), Occur.MUST_NOT)
                .build();
        ReportOrdinals reports = reports();
        ReportOrdinals.Scored scored = reports.scores(searcher, q);
        return reportHits(reports.documentsOf(scored.matched()), scored.sums(), 0, limit);
    }

    private Query withFilters(Query q, SearchRequest req) throws QuerySyntaxException {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, Occur.MUST);
        String section = req.section() == null ? null : req.section().strip().toLowerCase(Locale.ROOT);
        if (section == null || section.isEmpty()) {
            b.add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_SECTION)), Occur.FILTER);
        } else if (section.equals(IndexFields.KIND_REPORT)) {
            b.add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_REPORT)), Occur.FILTER);
        } else {
            b.add(new TermQuery(new Term(IndexFields.SECTION, sectionKey(section))), Occur.FILTER);
        }
        if (req.year() != null) b.add(IntPoint.newExactQuery(IndexFields.YEAR, req.year()), Occur.FILTER);
        if (req.region() != null && !req.region().isBlank()) {
            b.add(new TermQuery(new Term(IndexFields.REGION, req.region().strip())), Occur.FILTER);
        }
        if (req.level() != null && !req.level().isBlank()) {
            b.add(new TermQuery(new Term(IndexFields.LEVEL, levelLabel(req.level().strip()))), Occur.FILTER);
        }
        return b.build();
    }

    private static String sectionKey(String s) throws QuerySyntaxException {
        for (SectionKey k : SectionKey.values()) {
            if (k.isNarrative() && (k.id().equals(s) || k.standardHeading().contains(s) || s.equals(String.valueOf(k.number())))) {
                return k.id();
            }
        }
        throw new QuerySyntaxException("未知章节 (unknown section): " + s
                + "；可用 overview, problems, other, report (use overview, problems, other or report)");
    }

    private static String levelLabel(String s) throws QuerySyntaxException {
        try {
            return Level.parse(s).label();
        } catch (IllegalArgumentException e) {
            throw new QuerySyntaxException(e.getMessage());
        }
    }

    private static SearchResult.Hit hit(Document d, float score, MatchFinder finder) {
        String text = d.get(IndexFields.TEXT);
        Snippet snippet = finder == null || text == null ? null : Snippet.of(text, finder.find(text));
        String year = d.get(IndexFields.YEAR);
        return new SearchResult.Hit(d.get(IndexFields.REPORT_ID), d.get(IndexFields.AGENCY),
                year == null ? null : Integer.valueOf(year), d.get(IndexFields.PROVINCE), d.get(IndexFields.CITY),
                d.get(IndexFields.COUNTY), d.get(IndexFields.LEVEL), d.get(IndexFields.SECTION),
                d.get(IndexFields.SOURCE), score, snippet);
    }

    private Map<String, Map<String, Integer>> facets(FacetsCollector fc) throws IOException {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        if (facetState == null) return out;
        Facets facets = new SortedSetDocValuesFacetCounts(facetState, fc);
        for (String dim : ReportDocuments.FACET_DIMS) {
            FacetResult r;
            try {
                r = facets.getTopChildren(50, dim);
            } catch (IllegalArgumentException e) {
                continue; // a dimension no document has (e.g. no checker ran)
            }
            if (r == null) continue;
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (LabelAndValue lv : r.labelValues) counts.put(lv.label, lv.value.intValue());
            out.put(dim, counts);
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        analyzer.close();
        directory.close();
    }
}

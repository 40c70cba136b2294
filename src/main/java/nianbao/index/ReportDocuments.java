package nianbao.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

import nianbao.model.Region;
import nianbao.model.Report;
import nianbao.model.Section;

/**
 * Turns a report into its Lucene documents: one per narrative section and one for the report, each carrying
 * the report's fields (stored, filterable and faceted). Only section documents hold text.
 */
public final class ReportDocuments {
    /** Facet dimensions. */
    public static final List<String> FACET_DIMS = List.of(
            IndexFields.YEAR, IndexFields.PROVINCE, IndexFields.CITY, IndexFields.LEVEL, IndexFields.SECTION,
            IndexFields.FORMAT, IndexFields.SEVERITY_FACET, IndexFields.RULE_FACET);

    /** Words in the word field, with positions (for phrases), not stored (the text is stored on its own). */
    private static final FieldType WORDS = new FieldType();

    static {
        WORDS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        WORDS.setTokenized(true);
        WORDS.freeze();
    }

    /** Bigrams with positions (for phrases), without norms: they decide matching, hardly scoring. */
    private static final FieldType BIGRAMS = new FieldType();

    static {
        BIGRAMS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        BIGRAMS.setTokenized(true);
        BIGRAMS.setOmitNorms(true);
        BIGRAMS.freeze();
    }

    private static final FacetsConfig FACETS = facetsConfig();

    public static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        c.setMultiValued(IndexFields.SEVERITY_FACET, true);
        c.setMultiValued(IndexFields.RULE_FACET, true);
        return c;
    }

    private ReportDocuments() {}

    /**
     * @param source   the file's absolute path, the key of its documents
     * @param hash     the file's content hash
     * @param findings finding counts from the checker, or null when none was run
     */
    public static List<Document> build(Report r, String source, String hash, Findings findings, Segmenter segmenter)
            throws IOException {
        // The report's fields, facets translated, built once and shared by all its documents (Lucene reads a field
        // afresh for every document it is added to).
        Document common = FACETS.build(common(r, source, hash, findings));
        List<Document> docs = new ArrayList<>(4);
        for (Section s : r.sections()) {
            if (!s.key().isNarrative() || s.text().isBlank()) continue;
            Document d = kind(common, IndexFields.KIND_SECTION, s.key().id());
            addText(d, s.text(), segmenter);
            docs.add(d);
        }
        // The report document carries the report's fields, for report-level facets and the incremental indexer's
        // hashes, but no words: report-level matching and ranking run on the section documents (see
        // ReportSearcher), so each text is indexed once.
        Document report = kind(common, IndexFields.KIND_REPORT, IndexFields.KIND_REPORT);
        if (findings != null) report.add(new StoredField(IndexFields.FINDINGS_KEY, findings.key()));
        docs.add(report);
        return docs;
    }

    /** A document of the report's fields plus its kind and section (a section key id, or "report"). */
    private static Document kind(Document common, String kind, String section) throws IOException {
        Document own = new Document();
        own.add(new StringField(IndexFields.KIND, kind, Field.Store.YES));
        own.add(new StringField(IndexFields.SECTION, section, Field.Store.YES));
        own.add(new SortedSetDocValuesFacetField(IndexFields.SECTION, section));
        Document d = FACETS.build(own);
        for (IndexableField f : common) d.add(f);
        return d;
    }

    /** The text stored, as HanLP words, and as bigrams. */
    private static void addText(Document d, String text, Segmenter segmenter) {
        char[] normalized = TextNormalizer.normalize(text.toCharArray(), text.length());
        Utf8Text utf8 = new Utf8Text(normalized, normalized.length);
        d.add(new Field(IndexFields.TEXT, new SpansTokenStream(utf8, segmenter.words(normalized, normalized.length)), WORDS));
        d.add(new StoredField(IndexFields.TEXT, text));
        d.add(new Field(IndexFields.BIGRAMS, new SpansTokenStream(utf8, BigramSpans.of(normalized, normalized.length)), BIGRAMS));
    }

    private static Document common(Report r, String source, String hash, Findings findings) {
        Document d = new Document();
        d.add(new StringField(IndexFields.SOURCE, source, Field.Store.YES));
        d.add(new StoredField(IndexFields.HASH, hash));
        d.add(new StringField(IndexFields.REPORT_ID, r.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(IndexFields.REPORT_ID, new BytesRef(r.id())));
        if (r.title() != null) d.add(new StoredField(IndexFields.TITLE, r.title()));
        if (r.agency() != null) d.add(new StringField(IndexFields.AGENCY, r.agency(), Field.Store.YES));
        if (r.year() != null) {
            d.add(new IntPoint(IndexFields.YEAR, r.year()));
            d.add(new StoredField(IndexFields.YEAR, r.year()));
            d.add(new SortedSetDocValuesFacetField(IndexFields.YEAR, r.year().toString()));
        }
        addRegion(d, r.region());
        if (r.level() != null) {
            d.add(new StringField(IndexFields.LEVEL, r.level().label(), Field.Store.YES));
            d.add(new SortedSetDocValuesFacetField(IndexFields.LEVEL, r.level().label()));
        }
        if (r.format() != null) {
            d.add(new StringField(IndexFields.FORMAT, r.format().id(), Field.Store.YES));
            d.add(new SortedSetDocValuesFacetField(IndexFields.FORMAT, r.format().id()));
        }
        if (findings != null) {
            addCounts(d, IndexFields.FINDINGS_PREFIX, IndexFields.SEVERITY_FACET, findings.bySeverity());
            addCounts(d, IndexFields.RULE_PREFIX, IndexFields.RULE_FACET, findings.byRule());
        }
        return d;
    }

    private static void addRegion(Document d, Region region) {
        Set<String> names = new LinkedHashSet<>();
        for (String part : region.parts()) {
            names.add(part);
            names.add(shortPlaceName(part));
        }
        for (String n : names) d.add(new StringField(IndexFields.REGION, n, Field.Store.NO));
        addPlace(d, IndexFields.PROVINCE, region.province());
        addPlace(d, IndexFields.CITY, region.city());
        addPlace(d, IndexFields.COUNTY, region.county());
    }

    private static void addPlace(Document d, String field, String value) {
        if (value == null) return;
        d.add(new StoredField(field, value));
        if (!field.equals(IndexFields.COUNTY)) d.add(new SortedSetDocValuesFacetField(field, value));
    }

    /** 浙江省 → 浙江, 杭州市 → 杭州, 广西壮族自治区 → 广西; two-character names stay whole (城区 is not 城). */
    public static String shortPlaceName(String place) {
        if (place.length() <= 2) return place;
        String s = place.replaceFirst("(壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市|区|县)$", "");
        return s.length() >= 2 ? s : place;
    }

    private static void addCounts(Document d, String prefix, String dim, Map<String, Integer> counts) {
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() == null || e.getValue() <= 0) continue;
            d.add(new IntPoint(prefix + e.getKey(), e.getValue()));
            d.add(new StoredField(prefix + e.getKey(), e.getValue()));
            d.add(new SortedSetDocValuesFacetField(dim, e.getKey()));
        }
    }
}

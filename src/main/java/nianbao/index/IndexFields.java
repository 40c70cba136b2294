package nianbao.index;

/** Names of the index's fields: the contract between the indexer and search. */
public final class IndexFields {
    private IndexFields() {}

    /** The absolute source path: every document of a file carries it, so a file's documents go together. */
    public static final String SOURCE = "source";
    /** SHA-256 of the file's bytes when indexed: an unchanged file is skipped. */
    public static final String HASH = "hash";
    /** {@value #KIND_SECTION} or {@value #KIND_REPORT}. */
    public static final String KIND = "kind";
    public static final String KIND_SECTION = "section";
    public static final String KIND_REPORT = "report";

    public static final String REPORT_ID = "report_id";
    public static final String TITLE = "title";
    public static final String AGENCY = "agency";
    public static final String YEAR = "year";
    /** Every part of the region, each also without its 省/市/区/县 ending: 浙江省, 浙江, 杭州市, 杭州 … */
    public static final String REGION = "region";
    public static final String PROVINCE = "province";
    public static final String CITY = "city";
    public static final String COUNTY = "county";
    /** The level's Chinese label (乡镇街道, 部门 …). */
    public static final String LEVEL = "level";
    public static final String FORMAT = "format";
    /** The section key id (overview, problems, other), or "report" on report documents. */
    public static final String SECTION = "section";
    /** Finding counts: {@code findings.<severity>} and {@code rule.<rule id>} (int points, stored). */
    public static final String FINDINGS_PREFIX = "findings.";
    public static final String RULE_PREFIX = "rule.";
    /** On report documents: {@link Findings#key()} of the counts indexed, to notice counts that changed. */
    public static final String FINDINGS_KEY = "findings_key";
    /** Facet dimensions of severities and rules present in a report. */
    public static final String SEVERITY_FACET = "severity";
    public static final String RULE_FACET = "rule";

    /** The text, stored for snippets; analysed into HanLP words. */
    public static final String TEXT = "text";
    /** The same text as overlapping bigrams, for completeness. */
    public static final String BIGRAMS = "text_bigram";
}

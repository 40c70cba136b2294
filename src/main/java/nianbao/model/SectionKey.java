package nianbao.model;

/** The six sections of the prescribed format, in order (FORMAT.md "Sections"). */
public enum SectionKey {
    OVERVIEW("overview", "一、总体情况"),
    ACTIVE("active", "二、主动公开政府信息情况"),
    APPLICATIONS("applications", "三、收到和处理政府信息公开申请情况"),
    REVIEW("review", "四、政府信息公开行政复议、行政诉讼情况"),
    PROBLEMS("problems", "五、存在的主要问题及改进情况"),
    OTHER("other", "六、其他需要报告的事项");

    private final String id;
    private final String standardHeading;

    SectionKey(String id, String standardHeading) {
        this.id = id;
        this.standardHeading = standardHeading;
    }

    /** The key used in JSON, the index and the UI. */
    public String id() { return id; }

    public String standardHeading() { return standardHeading; }

    /** 1-based position in the format: 一 … 六. */
    public int number() { return ordinal() + 1; }

    /** Sections whose body is narrative text rather than a table. */
    public boolean isNarrative() { return this == OVERVIEW || this == PROBLEMS || this == OTHER; }

    public static SectionKey ofId(String id) {
        for (SectionKey k : values()) if (k.id.equals(id)) return k;
        throw new IllegalArgumentException("unknown section key: " + id);
    }
}

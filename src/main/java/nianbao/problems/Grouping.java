package nianbao.problems;

/** How statistics are broken down: by the year a report covers, its province (or city), or its level. */
public enum Grouping {
    YEAR("年度", "year"),
    REGION("地区", "region"),
    LEVEL("层级", "level");

    public static final String UNKNOWN = "未知";

    private final String label;
    private final String id;

    Grouping(String label, String id) {
        this.label = label;
        this.id = id;
    }

    public String label() { return label; }

    public String id() { return id; }

    public String keyOf(ProblemSection s) {
        return switch (this) {
            case YEAR -> s.year() == null ? UNKNOWN : s.year().toString();
            case REGION -> s.region().province() != null ? s.region().province()
                    : s.region().city() != null ? s.region().city() : UNKNOWN;
            case LEVEL -> s.level() == null ? UNKNOWN : s.level().label();
        };
    }

    public static Grouping ofId(String id) {
        for (Grouping g : values()) if (g.id.equals(id)) return g;
        throw new IllegalArgumentException("未知的分组 (unknown grouping): " + id);
    }
}

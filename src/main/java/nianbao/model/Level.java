package nianbao.model;

/** Administrative level of the reporting agency. */
public enum Level {
    DEPARTMENT("部门"),
    PROVINCE("省"),
    CITY("市"),
    COUNTY("区县"),
    TOWNSHIP("乡镇街道");

    private final String label;

    Level(String label) { this.label = label; }

    /** The Chinese label shown to users and stored in JSON and the index. */
    public String label() { return label; }

    /** A level by its Chinese label (区县) or English name (county), as users type them. */
    public static Level parse(String s) {
        for (Level l : values()) if (l.label.equals(s.strip()) || l.name().equalsIgnoreCase(s.strip())) return l;
        throw new IllegalArgumentException("未知级别 (unknown level): " + s
                + "；可用 部门, 省, 市, 区县, 乡镇街道 (or department, province, city, county, township)");
    }
}

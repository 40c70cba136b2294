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

}

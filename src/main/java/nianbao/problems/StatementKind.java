package nianbao.problems;

/** Whether a statement of section 五 names a problem or a remedy. */
public enum StatementKind {
    PROBLEM("问题"),
    REMEDY("改进"),
    /** Neither could be told, e.g. a sentence of praise before the list. */
    OTHER("其他");

    private final String label;

    StatementKind(String label) { this.label = label; }

    public String label() { return label; }

    /** The word used in the taxonomy file. */
    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
}

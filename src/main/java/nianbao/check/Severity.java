package nianbao.check;

import com.fasterxml.jackson.annotation.JsonValue;

/** How serious a finding is; ordered from least to most. */
public enum Severity {
    INFO("info", "提示"),
    WARNING("warning", "警告"),
    ERROR("error", "错误");

    private final String id;
    private final String label;

    Severity(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @JsonValue
    public String id() { return id; }

    public String label() { return label; }

    public boolean atLeast(Severity other) { return compareTo(other) >= 0; }

    public static Severity ofId(String id) {
        for (Severity s : values()) if (s.id.equalsIgnoreCase(id)) return s;
        throw new IllegalArgumentException("未知的级别 (unknown severity): " + id + "（可选 info、warning、error）");
    }
}

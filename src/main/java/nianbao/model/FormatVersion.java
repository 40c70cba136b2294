package nianbao.model;

/** The two versions of the State Council's table format (FORMAT.md). */
public enum FormatVersion {
    /** 国办公开办函〔2019〕60号, used for the 2019 and 2020 reports. */
    V2019("2019"),
    /** 国办公开办函〔2021〕30号, used from the 2021 reports on. */
    V2021("2021");

    private final String id;

    FormatVersion(String id) { this.id = id; }

    public String id() { return id; }
}

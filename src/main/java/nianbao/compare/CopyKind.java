package nianbao.compare;

/** How two near-identical reports relate (RULES.md COPIED_TEXT). */
public enum CopyKind {
    /** The same agency's report of an earlier year: 照搬往年. */
    EARLIER_YEAR("照搬往年", "repeats an earlier year"),
    /** The same agency, the same or a later year (a duplicate file, or the later report copying this one). */
    SAME_AGENCY("同一机关", "same agency"),
    /** Another agency's report: 内容雷同. */
    OTHER_AGENCY("内容雷同", "shared with another agency");

    private final String label;
    private final String english;

    CopyKind(String label, String english) {
        this.label = label;
        this.english = english;
    }

    public String label() { return label; }

    public String english() { return english; }

    static CopyKind of(ReportRef self, ReportRef other) {
        if (!self.sameAgency(other)) return OTHER_AGENCY;
        if (self.year() != null && other.year() != null && other.year() < self.year()) return EARLIER_YEAR;
        return SAME_AGENCY;
    }
}

package nianbao.compare;

import nianbao.model.Report;

/** Enough of a report to name it in findings without keeping its text. */
public record ReportRef(String id, String source, String agency, Integer year, String region) {
    public static ReportRef of(Report r) {
        return new ReportRef(r.id(), r.source(), r.agency(), r.year(), r.region().toString());
    }

    /**
     * The same agency across years: its name and region as the parser read them. A report whose agency is unknown
     * is an agency of its own, so unknown agencies are never taken for one another.
     */
    public String agencyKey() {
        if (agency == null || agency.isBlank()) return "?" + id;
        return agency.strip() + "|" + (region == null ? "" : region);
    }

    public String label() {
        return (agency == null ? "?" : agency) + (year == null ? "" : " " + year);
    }
}

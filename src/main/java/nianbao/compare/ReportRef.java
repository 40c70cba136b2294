package nianbao.compare;

import nianbao.model.Report;

import java.util.List;

/** Enough of a report to name it in findings without keeping its text. */
public record ReportRef(String id, String source, String agency, Integer year, String region) {
    public static ReportRef of(Report r) {
        return new ReportRef(r.id(), r.source(), r.agency(), r.year(), r.region().toString());
    }

    /**
     * The same agency across years: its name (shortest form) and region as the parser read them. A report whose agency is unknown
     * is an agency of its own, so unknown agencies are never taken for one another.
     */
    public String agencyKey() {
        if (agency == null || agency.isBlank()) return "?" + id;
        // the shortest form, so "杭州市上城区潮鸣街道办事处" and "潮鸣街道" of the same region are one agency
        List<String> names = TextKey.agencyNames(agency);
        return names.get(names.size() - 1) + "|" + (region == null ? "" : region);
    }

    public String label() {
        return (agency == null ? "?" : agency) + (year == null ? "" : " " + year);
    }
}

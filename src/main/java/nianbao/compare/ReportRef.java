package nianbao.compare;

import nianbao.model.AgencyNames;
import nianbao.model.Report;

/**
 * Enough of a report to name it in findings without keeping its text.
 *
 * @param region   the region as one string, for display
 * @param province the province alone, for telling one agency from a namesake elsewhere
 */
public record ReportRef(String id, String source, String agency, Integer year, String region, String province) {
    public static ReportRef of(Report r) {
        return new ReportRef(r.id(), r.source(), r.agency(), r.year(), r.region().toString(), r.region().province());
    }

    /**
     * The same agency across years: its normalised name ({@link AgencyNames}, the checker's too) and province. A
     * report whose agency is unknown is an agency of its own, so unknown agencies are never taken for one another.
     */
    public String agencyKey() {
        if (agency == null || agency.isBlank()) return "?" + id;
        return AgencyNames.normalise(agency) + "|" + (province == null ? "" : province);
    }

    public String label() {
        return (agency == null ? "?" : agency) + (year == null ? "" : " " + year);
    }
}

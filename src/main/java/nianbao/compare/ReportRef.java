package nianbao.compare;

import com.fasterxml.jackson.annotation.JsonIgnore;
import nianbao.model.AgencyNames;
import nianbao.model.Region;
import nianbao.model.Report;

/**
 * Enough of a report to name it in findings without keeping its text.
 *
 * @param region the region as one string, for display
 * @param place  the region itself, for telling one agency from a namesake elsewhere
 */
public record ReportRef(String id, String source, String agency, Integer year, String region,
                        @JsonIgnore Region place) {
    public ReportRef {
        place = place == null ? Region.UNKNOWN : place;
    }

    public static ReportRef of(Report r) {
        return new ReportRef(r.id(), r.source(), r.agency(), r.year(), r.region().toString(), r.region());
    }

    /** The same agency as the other report's, as the checker decides it ({@link AgencyNames#same}). */
    public boolean sameAgency(ReportRef o) {
        return AgencyNames.same(agency, place, o.agency, o.place);
    }

    /**
     * A key shared by the reports of one agency (its normalised name; namesakes elsewhere share it too, so pair
     * them with {@link #sameAgency}). A report whose agency is unknown gets a key of its own.
     */
    public String agencyKey() {
        String n = AgencyNames.normalise(agency);
        return n.isEmpty() ? "?" + id : n;
    }

    public String label() {
        return (agency == null ? "?" : agency) + (year == null ? "" : " " + year);
    }
}

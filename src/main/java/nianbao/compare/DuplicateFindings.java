package nianbao.compare;

import nianbao.model.SectionKey;

import java.util.List;

/**
 * What near-duplicate detection found across a corpus.
 *
 * @param reports     how many reports were indexed
 * @param boilerplate groups of reports of different agencies whose section is nearly the same (内容雷同), largest
 *                    first
 * @param repeats     reports whose section nearly repeats the same agency's previous report (照搬往年)
 */
public record DuplicateFindings(int reports, List<BoilerplateGroup> boilerplate, List<YearRepeat> repeats) {

    /**
     * @param members    the reports in the group, the representative first
     * @param agencies   how many different agencies the group holds
     * @param similarity mean similarity of the members to the representative
     * @param passages   what the representative shares with its most similar member of another agency
     */
    public record BoilerplateGroup(SectionKey section, List<ReportRef> members, int agencies, double similarity,
                                   List<String> passages) {}

    /** @param passages what the later report shares with the earlier (empty when texts were not kept) */
    public record YearRepeat(ReportRef earlier, ReportRef later, SectionKey section, double similarity,
                             boolean exact, List<String> passages) {}
}

package nianbao.compare;

import java.util.List;

/**
 * Another report found nearly the same as the one asked about.
 *
 * @param other    the other report
 * @param kind     照搬往年, 同一机关 or 内容雷同
 * @param overall  similarity over all narrative sections both reports have, weighted by their length
 * @param sections the narrative sections at or above the threshold, most similar first
 */
public record NearCopy(ReportRef other, CopyKind kind, double overall, List<SectionCopy> sections) {
    public NearCopy {
        sections = List.copyOf(sections);
    }

    /** The same copy with only the sections at or above the threshold; null when none is (an estimate near it). */
    NearCopy atThreshold(double threshold) {
        List<SectionCopy> kept = sections.stream().filter(s -> s.similarity() >= threshold).toList();
        return kept.isEmpty() ? null : new NearCopy(other, kind, overall, kept);
    }

    /** The similarity of the most similar section. */
    public double best() {
        return sections.isEmpty() ? 0 : sections.get(0).similarity();
    }
}

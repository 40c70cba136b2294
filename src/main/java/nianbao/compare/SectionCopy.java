package nianbao.compare;

import nianbao.model.SectionKey;

import java.util.List;

/**
 * One narrative section found nearly the same in two reports.
 *
 * @param similarity Jaccard similarity of the two sections' shingles: exact when both texts were at hand,
 *                   else the MinHash estimate
 * @param exact      whether {@code similarity} is exact
 * @param passages   runs of sentences the two share, as printed in the report asked about (empty when the other
 *                   report's text was not kept)
 */
public record SectionCopy(SectionKey section, double similarity, boolean exact, List<String> passages) {
    public SectionCopy {
        passages = List.copyOf(passages);
    }
}

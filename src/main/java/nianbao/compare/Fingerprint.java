package nianbao.compare;

import nianbao.model.Report;
import nianbao.model.SectionKey;

import java.util.List;

/**
 * A report's narrative sections as MinHash signatures. A section shorter than {@link #MIN_SHINGLES} shingles has
 * none: a one-line section 六 ("本年度未收取信息处理费。") is the same everywhere and says nothing about copying.
 */
record Fingerprint(int[][] signatures, int[] sizes) {
    /** The sections compared, in a fixed order: 一 总体情况, 五 问题与改进, 六 其他事项. */
    static final List<SectionKey> SECTIONS = List.of(SectionKey.OVERVIEW, SectionKey.PROBLEMS, SectionKey.OTHER);
    static final int MIN_SHINGLES = 40;

    static Fingerprint of(Report r) {
        List<String> names = TextKey.agencyNames(r.agency());
        int[][] sigs = new int[SECTIONS.size()][];
        int[] sizes = new int[SECTIONS.size()];
        for (int s = 0; s < SECTIONS.size(); s++) {
            long[] sh = shingles(r, SECTIONS.get(s), names);
            sizes[s] = sh.length;
            if (sh.length >= MIN_SHINGLES) sigs[s] = MinHash.signature(sh);
        }
        return new Fingerprint(sigs, sizes);
    }

    static long[] shingles(Report r, SectionKey key, List<String> names) {
        return Shingles.of(TextKey.of(r.sectionText(key), names));
    }
}

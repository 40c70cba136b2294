package nianbao.extract;

import nianbao.model.CellIds;

import java.util.ArrayList;
import java.util.List;

/** Maps a clause about administrative review and litigation (table 四) to groups and columns. */
final class T4Mapper {
    private T4Mapper() {}

    private static final WordList AFTER_REVIEW = new WordList("复议后起诉|复议后诉讼");
    private static final WordList DIRECT = new WordList("直接起诉|未经复议");
    private static final WordList SUIT = new WordList("诉讼|起诉|应诉");
    private static final WordList REVIEW = new WordList("复议");

    /** The groups a clause names, in table order; empty when none. */
    static List<String> groups(String clause) {
        if (AFTER_REVIEW.in(clause)) return List.of("suit_after_review");
        if (DIRECT.in(clause)) return List.of("suit_direct");
        List<String> g = new ArrayList<>();
        // "被申请行政复议" is a review; the 申请 in it says nothing about suits.
        if (REVIEW.in(clause)) g.add("review");
        if (SUIT.in(clause)) {
            g.add("suit_direct");
            g.add("suit_after_review");
        }
        return g;
    }

    private static final WordList UPHELD = new WordList("维持");
    private static final WordList CORRECTED = new WordList("纠错|纠正|撤销|确认违法|败诉");
    private static final WordList OTHER = new WordList("其他结果|其他|其它");
    private static final WordList PENDING = new WordList("尚未审结|未审结|审理中|未结|正在审理");

    /** The column a clause names, or null when it names none (then it is the group total). */
    static String column(String clause) {
        if (PENDING.in(clause)) return "pending";
        if (CORRECTED.in(clause)) return "corrected";
        if (UPHELD.in(clause)) return "upheld";
        if (OTHER.in(clause)) return "other";
        return null;
    }

    static List<String> cells(List<String> groups, String column) {
        List<String> out = new ArrayList<>();
        for (String g : groups) out.add(CellIds.t4(g, column == null ? "total" : column));
        return out;
    }
}

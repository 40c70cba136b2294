package nianbao.extract;

import nianbao.model.CellIds;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Maps a clause about administrative review and litigation (table 四) to groups and columns. */
final class T4Mapper {
    private T4Mapper() {}

    private static final Pattern AFTER_REVIEW = Pattern.compile("复议后(起诉|诉讼)");
    private static final Pattern DIRECT = Pattern.compile("直接起诉|未经复议");
    private static final Pattern SUIT = Pattern.compile("诉讼|起诉|应诉");
    private static final Pattern REVIEW = Pattern.compile("复议");

    /** The groups a clause names, in table order; empty when none. */
    static List<String> groups(String clause) {
        if (AFTER_REVIEW.matcher(clause).find()) return List.of("suit_after_review");
        if (DIRECT.matcher(clause).find()) return List.of("suit_direct");
        List<String> g = new ArrayList<>();
        // "被申请行政复议" is a review; the 申请 in it says nothing about suits.
        if (REVIEW.matcher(clause).find()) g.add("review");
        if (SUIT.matcher(clause).find()) {
            g.add("suit_direct");
            g.add("suit_after_review");
        }
        return g;
    }

    private static final Pattern UPHELD = Pattern.compile("维持");
    private static final Pattern CORRECTED = Pattern.compile("纠错|纠正|撤销|确认违法|败诉");
    private static final Pattern OTHER = Pattern.compile("其他结果|其[他它]");
    private static final Pattern PENDING = Pattern.compile("尚未审结|未审结|审理中|未结|正在审理");

    /** The column a clause names, or null when it names none (then it is the group total). */
    static String column(String clause) {
        if (PENDING.matcher(clause).find()) return "pending";
        if (CORRECTED.matcher(clause).find()) return "corrected";
        if (UPHELD.matcher(clause).find()) return "upheld";
        if (OTHER.matcher(clause).find()) return "other";
        return null;
    }

    static List<String> cells(List<String> groups, String column) {
        List<String> out = new ArrayList<>();
        for (String g : groups) out.add(CellIds.t4(g, column == null ? "total" : column));
        return out;
    }
}

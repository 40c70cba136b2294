package nianbao.extract;

import nianbao.model.FormatVersion;

/** Maps a clause about table 二 items (规章, 规范性文件, 许可, 处罚, 强制, 收费) to its cell. */
final class T2Mapper {
    private T2Mapper() {}

    private static final WordList NORMATIVE = new WordList("规范性文件");
    private static final WordList RULES = new WordList("规章");
    private static final WordList LICENSING = new WordList("行政许可");
    private static final WordList PENALTY = new WordList("行政处罚");
    private static final WordList COERCION = new WordList("行政强制");
    private static final WordList FEES = new WordList("行政事业性收费");
    private static final WordList REPEALED = new WordList("废止|失效");
    private static final WordList IN_FORCE = new WordList("现行有效");
    private static final WordList PUBLISHED = new WordList("公开|公布|发布");

    /** The cell a clause speaks about, or null. {@code unit} keeps amounts (万元) and counts apart. */
    static String cell(String clause, FormatVersion version, String unit) {
        boolean v2019 = version == FormatVersion.V2019;
        boolean amount = "万元".equals(unit) || "元".equals(unit);
        if (FEES.in(clause)) return amount && !v2019 ? "t2.fees.amount" : null;
        if (amount) return null;
        String doc = NORMATIVE.in(clause) ? "normative" : RULES.in(clause) ? "rules" : null;
        if (doc != null) {
            if (REPEALED.in(clause)) return v2019 ? null : "t2." + doc + ".repealed";
            if (IN_FORCE.in(clause)) return v2019 ? null : "t2." + doc + ".in_force";
            if (v2019) return "t2." + doc + (PUBLISHED.in(clause) ? ".published" : ".made");
            return "t2." + doc + ".issued";
        }
        if (LICENSING.in(clause)) return "t2.licensing.decisions";
        if (PENALTY.in(clause)) return "t2.penalty.decisions";
        if (COERCION.in(clause)) return "t2.coercion.decisions";
        return null;
    }

    /** Licensing, penalty and coercion figures in a narrative are usually counts of published items. */
    static boolean isDecisionCount(String cell) {
        return cell != null && cell.endsWith(".decisions");
    }
}

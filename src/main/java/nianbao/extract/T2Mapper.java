package nianbao.extract;

import nianbao.model.FormatVersion;

import java.util.regex.Pattern;

/** Maps a clause about table 二 items (规章, 规范性文件, 许可, 处罚, 强制, 收费) to its cell. */
final class T2Mapper {
    private T2Mapper() {}

    private static final Pattern NORMATIVE = Pattern.compile("规范性文件");
    private static final Pattern RULES = Pattern.compile("规章");
    private static final Pattern LICENSING = Pattern.compile("行政许可");
    private static final Pattern PENALTY = Pattern.compile("行政处罚");
    private static final Pattern COERCION = Pattern.compile("行政强制");
    private static final Pattern FEES = Pattern.compile("行政事业性收费");
    private static final Pattern REPEALED = Pattern.compile("废止|失效");
    private static final Pattern IN_FORCE = Pattern.compile("现行有效");
    private static final Pattern PUBLISHED = Pattern.compile("公开|公布|发布");

    /** The cell a clause speaks about, or null. {@code unit} keeps amounts (万元) and counts apart. */
    static String cell(String clause, FormatVersion version, String unit) {
        boolean v2019 = version == FormatVersion.V2019;
        boolean amount = "万元".equals(unit) || "元".equals(unit);
        if (FEES.matcher(clause).find()) return amount && !v2019 ? "t2.fees.amount" : null;
        if (amount) return null;
        String doc = NORMATIVE.matcher(clause).find() ? "normative" : RULES.matcher(clause).find() ? "rules" : null;
        if (doc != null) {
            if (REPEALED.matcher(clause).find()) return v2019 ? null : "t2." + doc + ".repealed";
            if (IN_FORCE.matcher(clause).find()) return v2019 ? null : "t2." + doc + ".in_force";
            if (v2019) return "t2." + doc + (PUBLISHED.matcher(clause).find() ? ".published" : ".made");
            return "t2." + doc + ".issued";
        }
        if (LICENSING.matcher(clause).find()) return "t2.licensing.decisions";
        if (PENALTY.matcher(clause).find()) return "t2.penalty.decisions";
        if (COERCION.matcher(clause).find()) return "t2.coercion.decisions";
        return null;
    }

    /** Licensing, penalty and coercion figures in a narrative are usually counts of published items. */
    static boolean isDecisionCount(String cell) {
        return cell != null && cell.endsWith(".decisions");
    }
}

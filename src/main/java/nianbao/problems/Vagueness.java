package nianbao.problems;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells a vague statement (泛泛而谈): one that names no concrete object, figure or measure. Concrete objects and
 * measures are what the taxonomy keywords name (网站, 培训, 考核, 政策解读 …), so a statement matching no category,
 * stating no figure and naming nothing in quotes or title marks is vague, e.g. "进一步提高政务公开工作水平".
 */
public final class Vagueness {
    private Vagueness() {}

    /** A count or share (3件, 二次, 95%), not a bare year; or a schedule (每季度). */
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\d０-９])[\\d０-９]+(?:\\.\\d+)?(?![\\d０-９])(?!年)|[一二两三四五六七八九十百千万]+[件条次个项场期篇名人家批]|%|％|每(年|半年|季度|月|周|日|天)");
    private static final Pattern NAMED = Pattern.compile("《[^》]+》|“[^”]+”|\"[^\"]+\"|「[^」]+」|【[^】]+】");

    public static boolean isVague(String text, List<String> categories) {
        return categories.isEmpty() && !FIGURE.matcher(text).find() && !NAMED.matcher(text).find();
    }
}

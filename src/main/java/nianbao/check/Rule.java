package nianbao.check;

import java.util.List;

/**
 * One consistency rule of RULES.md. A rule sees one report and, through {@link CheckContext#corpus()}, every other
 * report checked with it, so rules across reports are rules like the others. Adding a rule is adding a class and
 * listing it in {@link nianbao.check.rules.Rules}.
 */
public interface Rule {
    /** The rule ID of RULES.md. */
    String id();

    /** A short name: Chinese, then English. */
    String title();

    List<Finding> check(CheckContext ctx);
}

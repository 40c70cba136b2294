package nianbao.problems;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nianbao.extract.CharClass;
import nianbao.extract.WordList;

/** The words that tell a problem from a remedy in section 五, and the headings that introduce each part. */
final class KindCues {
    private KindCues() {}

    private static final WordList PROBLEM_HEADING = new WordList("问题|不足|短板|差距");
    private static final WordList REMEDY_HEADING = new WordList("改进|措施|整改|下一步|打算|计划|思路|方向|今后");
    /** Openers that turn the text to what will be done (下一步, 2022年我乡将…, 针对上述问题…). */
    private static final Pattern REMEDY_OPENER = Pattern.compile(
            "^(下一步|今后|明年|接下来|为此|对此|针对|\\d{4}年[，,]?.{0,12}?将|我.{0,6}?将|.{0,4}将(进一步|继续|持续|着力|不断))");
    /** The same turn in the middle of an item: "一是宣传不够，下一步将加大宣传力度". */
    private static final String TURN_PUNCTUATION = "。；;，,";
    private static final Pattern REMEDY_TURN = Pattern.compile(
            "[" + TURN_PUNCTUATION + "](?=(下一步|今后|为此|对此|针对(此|这|上述|以上|该)|我们将|我.{1,4}?将))");
    /** The punctuation every {@link #REMEDY_TURN} match starts with: the regex is tried only there. */
    private static final CharClass REMEDY_TURN_STARTS = CharClass.of(TURN_PUNCTUATION);
    private static final WordList PROBLEM_OPENER = new WordList("存在|主要问题|问题|不足|但|仍存在|还存在");
    /** Modal phrases saying something still needs doing: a problem even though a remedy verb follows. */
    private static final WordList PROBLEM_MODAL = new WordList("有待|需进一步|需要进一步|还需|仍需|尚需|亟需|亟待|还有待|需加强|需提升|需完善|需要加强和改进|还有一些需要");
    private static final String PROBLEM_WORD_LIST =
            "不足|不够|不强|不高|不大|不全|不及时|不到位|不平衡|不规范|不统一|不清楚|不深|不多|不明显|不完善|"
                    + "差距|滞后|欠缺|缺乏|薄弱|单一|偏少|较少|过多|偏多|短板|迟缓|存在|问题|较弱|较低|偏低|较慢|缓慢";
    private static final WordList PROBLEM_WORDS = new WordList(PROBLEM_WORD_LIST);
    private static final String REMEDY_VERBS = "加强|强化|加大|推进|推动|提高|提升|完善|健全|落实|坚持|持续|确保|切实|拓宽|拓展|明确|细化|建立|实行|"
            + "开展|组织|努力|力争|做好|规范|创新|优化|丰富|充实|深化|严格";
    /** Remedy verbs, unless negated: 不够丰富, 不够规范 and 未落实 describe a problem. */
    private static final Pattern REMEDY_WORDS = Pattern.compile("(?<!不)(?<!不够)(?<!未)(?<!有待)(?:" + REMEDY_VERBS + ")");
    // where a match can start, so that counting tries the regex only there
    private static final CharClass REMEDY_WORD_STARTS = CharClass.firstOf(REMEDY_VERBS);

    private static final WordList PROBLEM_TITLE =
            new WordList("存在的主要问题|存在主要问题|存在的问题|存在问题|主要问题|问题和不足|问题与不足|不足之处|存在不足");
    private static final WordList REMEDY_TITLE = new WordList("改进措施|改进情况|整改措施|整改情况|改进方向|下一步|工作计划|工作打算|努力方向|工作思路|改进举措");

    /** The kind a short heading names ("（一）存在的主要问题", "改进措施"), or null; strict, so items are not taken. */
    static StatementKind titled(String heading) {
        boolean problem = PROBLEM_TITLE.in(heading);
        boolean remedy = REMEDY_TITLE.in(heading);
        if (problem == remedy) return null;
        return problem ? StatementKind.PROBLEM : StatementKind.REMEDY;
    }

    /** Lead-ins that announce a list of problems even though they also say 改进: "…需要改进的地方。主要表现在：" */
    private static final WordList PROBLEM_LIST = new WordList("表现在|表现为|以下问题|如下问题|不足之处");

    /**
     * The kind a lead-in or a sentence ending in a colon introduces ("…仍存在一些问题和不足，", "主要表现在：",
     * "针对存在问题，下一步，将抓好以下工作："), or null when it tells none.
     */
    static StatementKind introduced(String text) {
        if (REMEDY_OPENER.matcher(text).find()) return StatementKind.REMEDY;
        boolean remedy = REMEDY_HEADING.in(text);
        boolean problem = PROBLEM_HEADING.in(text) || PROBLEM_LIST.in(text);
        if (remedy && problem) {
            // "存在的主要问题及改进情况" names both parts; a list of problems may still be announced.
            return PROBLEM_LIST.in(text) ? StatementKind.PROBLEM : null;
        }
        if (remedy) return StatementKind.REMEDY;
        if (problem) return StatementKind.PROBLEM;
        return null;
    }

    static boolean opensRemedy(String statement) { return REMEDY_OPENER.matcher(statement).find(); }

    static boolean opensProblem(String statement) { return PROBLEM_OPENER.opens(statement); }

    /** Offset of the first character after a turn to remedies inside a statement, or -1. */
    static int remedyTurn(String statement) {
        Matcher m = REMEDY_TURN.matcher(statement);
        return REMEDY_TURN_STARTS.find(m, statement, 0) ? m.end() : -1;
    }

    /** Judges a statement on its own words, when no heading or opener said which part it is in. */
    static StatementKind byWords(String statement) {
        if (PROBLEM_MODAL.in(statement)) return StatementKind.PROBLEM;
        int p = PROBLEM_WORDS.count(statement);
        int r = count(REMEDY_WORDS, REMEDY_WORD_STARTS, statement);
        if (p == 0 && r == 0) return StatementKind.OTHER;
        return p > r ? StatementKind.PROBLEM : StatementKind.REMEDY;
    }

    private static int count(Pattern p, CharClass starts, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        for (int from = 0; starts.find(m, s, from); from = m.end()) n++;
        return n;
    }
}

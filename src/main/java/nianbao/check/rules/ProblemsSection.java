package nianbao.check.rules;

import nianbao.extract.Sentences;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads section 五 for statements of problems and of remedies (TAXONOMY.md): by their headings (存在的主要问题,
 * 改进措施, 下一步) or, failing those, by the words of each sentence (不足, 有待, 需进一步 for a problem;
 * 加强, 完善, 将 for a remedy).
 */
final class ProblemsSection {
    private ProblemsSection() {}

    private static final Pattern PROBLEM_HEADING = Pattern.compile("存在的?主要问题|主要问题[:：]|存在问题|问题和不足|不足之处|问题与不足");
    private static final Pattern REMEDY_HEADING = Pattern.compile(
            "改进措施|改进情况[:：]|整改措施|下一步|今后|(?:19|20)\\d{2}年[，,]?[^。]{0,8}将|工作打算|努力方向");
    private static final Pattern PROBLEM_WORDS = Pattern.compile(
            "不足|不够|不高|不强|不大|不多|不深|有待|欠缺|薄弱|滞后|不及时|不到位|不完善|不全面|不平衡|不规范|不丰富|"
                    + "较少|偏少|过多|单一|(?<!找)差距|存在.{0,12}问题|需进一步|仍需|还需|尚需|仍有|亟待|短板|不明显|缺乏|"
                    + "较慢|缓慢|偏弱|较弱|欠佳|难以|有限|不足以|不精准|不及预期");
    private static final Pattern REMEDY_WORDS = Pattern.compile(
            "将|加强|强化|完善|提高|提升|推进|加大|持续|深化|落实|确保|改进|规范|健全|优化|拓宽|丰富");

    record Sides(boolean problems, boolean remedies) {}

    static Sides read(String text) {
        boolean problems = PROBLEM_HEADING.matcher(text).find();
        boolean remedies = REMEDY_HEADING.matcher(text).find();
        List<Sentences.Span> sentences = Sentences.split(text);
        for (Sentences.Span s : sentences) {
            boolean p = PROBLEM_WORDS.matcher(s.text()).find();
            if (p) problems = true;
            else if (REMEDY_WORDS.matcher(s.text()).find()) remedies = true;
        }
        return new Sides(problems, remedies);
    }

    /** The text with list markers, headings and punctuation left out: what is actually said. */
    static String substance(String text) {
        return text.replaceAll("[\\s\\p{Punct}　、，。；：！？“”‘’（）《》【】\\-*]", "");
    }
}

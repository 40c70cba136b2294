package nianbao.problems;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The content words of a statement, by HanLP segmentation (the portable jar's own dictionaries, no network):
 * nouns (not names of places, people or organisations), verbs and adjectives of two characters or more, without stop
 * words and without the words every
 * statement of section 五 uses (公开, 信息, 工作 …), which would otherwise name every theme.
 */
public final class Terms {
    private Terms() {}

    private static final Set<String> DOMAIN_STOP = Set.of(
            "公开", "信息", "政务", "政府", "工作", "进一步", "存在", "问题", "方面", "情况", "部分", "有待", "需要",
            "一定", "相关", "街道", "单位", "部门", "我们", "不断", "加强", "提高", "提升", "推进", "开展", "主要",
            "今年", "以来", "全年", "年度", "政府信息", "政务公开", "信息公开", "继续", "持续", "做好", "进行",
            "强化", "完善", "不够", "不足", "及时", "有效", "出现", "现象", "比较", "有所", "还有", "特别", "发布",
            "中华人民共和国", "条例", "人民政府", "乡政府", "办事处");

    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        for (Term t : HanLP.segment(text)) {
            String w = t.word.strip();
            if (w.length() < 2 || DOMAIN_STOP.contains(w) || CoreStopWordDictionary.contains(w)) continue;
            String nature = t.nature == null ? "" : t.nature.toString();
            // names of places, people and organisations say who wrote, not what the problem is
            if (nature.startsWith("ns") || nature.startsWith("nr") || nature.startsWith("nt")) continue;
            if (nature.startsWith("n") || nature.startsWith("v") || nature.startsWith("a")) out.add(w);
        }
        return out;
    }
}

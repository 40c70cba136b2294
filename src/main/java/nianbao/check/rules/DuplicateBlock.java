package nianbao.check.rules;

import nianbao.check.CheckContext;
import nianbao.check.Evidence;
import nianbao.check.Finding;
import nianbao.check.Severity;
import nianbao.model.Note;
import nianbao.model.Section;
import nianbao.model.SectionKey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** T_DUPLICATE_BLOCK (info): a table block printed twice, and whether the copies agree. */
public final class DuplicateBlock extends BaseRule {
    public DuplicateBlock() { super("T_DUPLICATE_BLOCK", "表格区块重复 (duplicate block)"); }

    private static final Pattern BLOCK = Pattern.compile("第二十条第[（(]([一二三四五六七八九十]+)[)）]项");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9０-９]+(?:\\.[0-9]+)?");

    @Override
    public List<Finding> check(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        Optional<Section> active = ctx.report().section(SectionKey.ACTIVE);
        boolean reported = false;
        if (active.isPresent()) {
            String text = active.get().text();
            List<int[]> starts = new ArrayList<>();
            List<String> names = new ArrayList<>();
            Matcher m = BLOCK.matcher(text);
            int lastLine = -2; // lastIndexOf gives -1 on the first line
            // every block heading starts with 第二十条第: where there is none, spare the regex's search
            boolean headings = text.contains("第二十条第");
            while (headings && m.find()) {
                // A merged cell exported as a grid repeats its heading across the row: one line, one block.
                int line = text.lastIndexOf('\n', m.start());
                if (line == lastLine) continue;
                lastLine = line;
                starts.add(new int[]{m.start(), m.end()});
                names.add(m.group());
            }
            Map<String, List<Integer>> byName = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) byName.computeIfAbsent(names.get(i), k -> new ArrayList<>()).add(i);
            for (Map.Entry<String, List<Integer>> e : byName.entrySet()) {
                if (e.getValue().size() < 2) continue;
                List<Evidence> evidence = new ArrayList<>();
                List<List<String>> copies = new ArrayList<>();
                for (int i : e.getValue()) {
                    int a = starts.get(i)[0];
                    int b = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
                    String block = text.substring(a, b).stripTrailing();
                    evidence.add(new Evidence(SectionKey.ACTIVE.id(), a, a + block.length(), block));
                    List<String> nums = new ArrayList<>();
                    String body = block.substring(starts.get(i)[1] - a);
                    int eol = body.indexOf('\n');
                    Matcher n = NUMBER.matcher(eol < 0 ? "" : body.substring(eol)); // past the heading line
                    while (n.find()) nums.add(n.group());
                    copies.add(nums);
                }
                boolean agree = copies.stream().allMatch(c -> c.equals(copies.get(0)));
                out.add(CheckContext.finding(this, Severity.INFO, "表二「" + e.getKey() + "」区块重复印了"
                                + copies.size() + "次，" + (agree ? "各份数字一致" : "各份数字不一致，请核对哪一份为准"),
                        List.of(), null, null, evidence));
                reported = true;
            }
        }
        // Duplicates the parser saw elsewhere (e.g. in table 三) are passed on as they are.
        for (Note n : ctx.report().notes()) {
            if (!n.kind().equals("duplicate_block")) continue;
            boolean t2 = n.cells().stream().anyMatch(c -> c.startsWith("t2.")) || n.message().contains("第二十条");
            if (t2 && reported) continue;
            out.add(CheckContext.finding(this, Severity.INFO, n.message(), n.cells(), null, null,
                    ctx.rows(n.cells())));
        }
        return out;
    }
}

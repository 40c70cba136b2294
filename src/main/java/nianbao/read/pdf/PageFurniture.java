package nianbao.read.pdf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Page numbers ({@code -1-}, {@code - 2 -}, {@code 第1页}, {@code 第 1 页 共 5 页}) and running headers and footers:
 * lines in a page's top or bottom margin that are a page number, or that recur on most pages.
 */
final class PageFurniture {
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-－—–~·\\s]*(第\\s*)?\\d{1,4}\\s*(页)?\\s*([/／]\\s*\\d{1,4}|共\\s*\\d{1,4}\\s*页)?[-－—–~·\\s]*");
    private static final Pattern DASHED_NUMBER = Pattern.compile("[-－—–]\\s*\\d{1,4}\\s*[-－—–]");

    private final Set<String> running = new HashSet<>();

    /** Learns the running headers and footers: margin lines whose text, digits aside, is on half the pages or more. */
    PageFurniture(List<PageContent> pages, Map<Integer, List<VisualLine>> linesByPage) {
        Map<String, Integer> seen = new HashMap<>();
        for (PageContent p : pages) {
            Set<String> onPage = new HashSet<>();
            for (VisualLine l : linesByPage.getOrDefault(p.number(), List.of())) {
                if (inMargin(p, l)) onPage.add(key(l));
            }
            for (String k : onPage) seen.merge(k, 1, Integer::sum);
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        for (Map.Entry<String, Integer> e : seen.entrySet()) if (e.getValue() >= needed) running.add(e.getKey());
    }

    boolean isFurniture(PageContent page, VisualLine line) {
        String t = line.text().strip();
        if (DASHED_NUMBER.matcher(t).matches()) return true; // -3- is never a sentence
        if (!inMargin(page, line)) return false;
        return PAGE_NUMBER.matcher(t).matches() || running.contains(key(line));
    }

    private static boolean inMargin(PageContent p, VisualLine l) {
        return l.base < p.height() * 0.10f || l.base > p.height() * 0.88f;
    }

    private static String key(VisualLine l) { return l.text().replaceAll("\\d+", "#").replaceAll("\\s+", ""); }
}

package nianbao.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the query language: words (all must match), "quoted phrases" (straight or Chinese quotes), -exclusion (of a
 * word or a phrase) and OR between two alternatives ({@code 政务微博 OR 微信公众号}). Anything else that cannot be
 * read is refused with one clear line, never guessed at.
 */
public final class QuerySyntax {
    private QuerySyntax() {}

    private record Item(String literal, boolean excluded, boolean or) {}

    public static ParsedQuery parse(String query) throws QuerySyntaxException {
        List<Item> items = tokenize(query == null ? "" : query);
        List<List<String>> groups = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.or()) {
                if (i == 0 || i == items.size() - 1 || items.get(i + 1).or()) {
                    throw new QuerySyntaxException("查询语法错误：OR 两边都需要检索词 (query error: OR needs a term on each side)");
                }
                Item before = items.get(i - 1);
                Item after = items.get(i + 1);
                if (before.excluded() || after.excluded()) {
                    throw new QuerySyntaxException(
                            "查询语法错误：排除项（-）不能与 OR 连用 (query error: an exclusion cannot be part of an OR)");
                }
                groups.get(groups.size() - 1).add(after.literal());
                i++;
            } else if (it.excluded()) {
                excluded.add(it.literal());
            } else {
                List<String> g = new ArrayList<>();
                g.add(it.literal());
                groups.add(g);
            }
        }
        if (groups.isEmpty()) {
            throw new QuerySyntaxException(excluded.isEmpty()
                    ? "查询为空 (empty query)"
                    : "查询语法错误：只有排除项，请至少给出一个检索词 (query error: only exclusions; give at least one term)");
        }
        return new ParsedQuery(groups, excluded);
    }

    private static List<Item> tokenize(String q) throws QuerySyntaxException {
        List<Item> items = new ArrayList<>();
        int i = 0;
        int n = q.length();
        while (i < n) {
            char c = q.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            boolean excluded = false;
            if (c == '-' || c == '－') {
                excluded = true;
                i++;
                if (i >= n || isSpace(q.charAt(i))) {
                    throw new QuerySyntaxException("查询语法错误：“-” 后面缺少要排除的词 (query error: nothing after '-')");
                }
                c = q.charAt(i);
            }
            if (isOpenQuote(c)) {
                int close = indexOfCloseQuote(q, i + 1);
                if (close < 0) {
                    throw new QuerySyntaxException("查询语法错误：引号没有闭合 (query error: unclosed quote)");
                }
                String phrase = q.substring(i + 1, close).strip();
                if (phrase.isEmpty()) throw new QuerySyntaxException("查询语法错误：引号中没有内容 (query error: empty phrase)");
                items.add(new Item(phrase, excluded, false));
                i = close + 1;
                continue;
            }
            int start = i;
            while (i < n && !isSpace(q.charAt(i)) && !isOpenQuote(q.charAt(i)) && !isCloseQuote(q.charAt(i))) i++;
            if (i < n && isCloseQuote(q.charAt(i)) && i == start) {
                throw new QuerySyntaxException("查询语法错误：多余的右引号 (query error: closing quote without an opening one)");
            }
            String word = q.substring(start, i);
            if (word.isEmpty()) {
                throw new QuerySyntaxException("查询语法错误：多余的右引号 (query error: closing quote without an opening one)");
            }
            if (!excluded && word.equals("OR")) items.add(new Item(null, false, true));
            else items.add(new Item(word, excluded, false));
        }
        return items;
    }

    private static boolean isSpace(char c) { return Character.isWhitespace(c) || c == '\u3000'; }

    private static boolean isOpenQuote(char c) { return c == '"' || c == '“'; }

    private static boolean isCloseQuote(char c) { return c == '”'; }

    private static int indexOfCloseQuote(String q, int from) {
        for (int i = from; i < q.length(); i++) if (q.charAt(i) == '"' || q.charAt(i) == '”') return i;
        return -1;
    }
}

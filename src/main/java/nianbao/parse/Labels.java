package nianbao.parse;

/** Normalises row labels and headings so that keyword matching ignores spacing and bracket width. */
final class Labels {
    private Labels() {}

    static String normalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0') continue;
            if (c == '(') c = '（';
            else if (c == ')') c = '）';
            else if (c == ',') c = '，';
            else if (c == ':') c = '：';
            else if (c >= '０' && c <= '９') c = (char) ('0' + (c - '０'));
            else if (c == '．') c = '.';
            sb.append(c);
        }
        return sb.toString();
    }
}

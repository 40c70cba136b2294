package nianbao.parse;

import nianbao.read.CellValue;

/** Normalises row labels and headings so that keyword matching ignores spacing and bracket width. */
final class Labels {
    private Labels() {}

    static String normalise(String s) {
        if (isNormal(s)) return s; // most labels and lines: no copy
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isDropped(c)) continue;
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

    /** Spaces of every width: not part of a label. */
    static boolean isDropped(char c) { return CellValue.isSpace(c); }

    /** Whether {@link #normalise} would leave the text as it is. */
    private static boolean isNormal(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isDropped(c) || c == '(' || c == ')' || c == ',' || c == ':' || c >= '０' && c <= '９' || c == '．')
                return false;
        }
        return true;
    }
}

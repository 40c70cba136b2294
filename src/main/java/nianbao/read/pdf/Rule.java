package nianbao.read.pdf;

/**
 * A ruling line of a table, horizontal or vertical, in points from the page's top-left corner.
 *
 * @param horizontal true for a row border, false for a column border
 * @param at         its y (horizontal) or x (vertical)
 * @param from       where it starts along its length
 * @param to         where it ends, {@code to >= from}
 */
record Rule(boolean horizontal, float at, float from, float to) {
    Rule {
        if (to < from) {
            float t = to;
            to = from;
            from = t;
        }
    }

    boolean covers(float v, float tolerance) { return v >= from - tolerance && v <= to + tolerance; }
}

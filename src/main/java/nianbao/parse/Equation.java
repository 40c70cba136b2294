package nianbao.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A relation a table must satisfy: the cells on the left add up to the cells on the right. All cells are counts (≥ 0). */
record Equation(List<String> left, List<String> right) {

    /** One side under the values known so far: the sum of its known cells and the cells still unknown. */
    private record Side(BigDecimal known, List<String> unknown) {
        static Side of(List<String> ids, Map<String, BigDecimal> values) {
            BigDecimal sum = BigDecimal.ZERO;
            List<String> unknown = new ArrayList<>();
            for (String id : ids) {
                BigDecimal v = values.get(id);
                if (v == null) unknown.add(id);
                else sum = sum.add(v);
            }
            return new Side(sum, unknown);
        }
    }

    /**
     * Whether some non-negative values for the unknown cells could satisfy the equation.
     *
     * @param values known values; a cell absent from the map (or null) is unknown
     */
    boolean feasible(Map<String, BigDecimal> values) {
        Side l = Side.of(left, values), r = Side.of(right, values);
        boolean lOpen = !l.unknown().isEmpty(), rOpen = !r.unknown().isEmpty();
        if (!lOpen && !rOpen) return l.known().compareTo(r.known()) == 0;
        if (lOpen && !rOpen) return l.known().compareTo(r.known()) <= 0;
        if (!lOpen) return r.known().compareTo(l.known()) <= 0;
        return true;
    }

    boolean mentions(String id) { return left.contains(id) || right.contains(id); }

    /**
     * Values for unknown cells that the equation forces: the one unknown cell, or every unknown cell of a side whose
     * remainder is zero. Empty when nothing is forced or the forced value would be negative.
     */
    Map<String, BigDecimal> forced(Map<String, BigDecimal> values) {
        Side l = Side.of(left, values), r = Side.of(right, values);
        Map<String, BigDecimal> out = new HashMap<>();
        if (!l.unknown().isEmpty() && r.unknown().isEmpty()) force(l, r.known().subtract(l.known()), out);
        else if (!r.unknown().isEmpty() && l.unknown().isEmpty()) force(r, l.known().subtract(r.known()), out);
        return out;
    }

    private static void force(Side open, BigDecimal rest, Map<String, BigDecimal> out) {
        if (open.unknown().size() == 1 && rest.signum() >= 0) out.put(open.unknown().get(0), rest);
        else if (rest.signum() == 0) open.unknown().forEach(id -> out.put(id, BigDecimal.ZERO));
    }
}

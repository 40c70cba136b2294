package nianbao.parse;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A relation a table must satisfy: the cells on the left add up to the cells on the right. All cells are counts (≥ 0). */
record Equation(List<String> left, List<String> right) {

    /**
     * Whether some non-negative values for the unknown cells could satisfy the equation.
     *
     * @param values known values; a cell absent from the map (or null) is unknown
     */
    boolean feasible(Map<String, BigDecimal> values) {
        BigDecimal l = BigDecimal.ZERO, r = BigDecimal.ZERO;
        int ul = 0, ur = 0;
        for (String id : left) {
            BigDecimal v = values.get(id);
            if (v == null) ul++;
            else l = l.add(v);
        }
        for (String id : right) {
            BigDecimal v = values.get(id);
            if (v == null) ur++;
            else r = r.add(v);
        }
        if (ul == 0 && ur == 0) return l.compareTo(r) == 0;
        if (ul > 0 && ur == 0) return l.compareTo(r) <= 0;
        if (ul == 0) return r.compareTo(l) <= 0;
        return true;
    }

    boolean mentions(String id) { return left.contains(id) || right.contains(id); }

    /**
     * Values for unknown cells that the equation forces: the one unknown cell, or every unknown cell of a side whose
     * remainder is zero. Empty when nothing is forced or the forced value would be negative.
     */
    Map<String, BigDecimal> forced(Map<String, BigDecimal> values) {
        BigDecimal l = BigDecimal.ZERO, r = BigDecimal.ZERO;
        List<String> unknownLeft = new java.util.ArrayList<>(), unknownRight = new java.util.ArrayList<>();
        for (String id : left) {
            BigDecimal v = values.get(id);
            if (v == null) unknownLeft.add(id);
            else l = l.add(v);
        }
        for (String id : right) {
            BigDecimal v = values.get(id);
            if (v == null) unknownRight.add(id);
            else r = r.add(v);
        }
        Map<String, BigDecimal> out = new java.util.HashMap<>();
        if (!unknownLeft.isEmpty() && unknownRight.isEmpty()) {
            BigDecimal rest = r.subtract(l);
            if (unknownLeft.size() == 1 && rest.signum() >= 0) out.put(unknownLeft.get(0), rest);
            else if (rest.signum() == 0) unknownLeft.forEach(id -> out.put(id, BigDecimal.ZERO));
        } else if (!unknownRight.isEmpty() && unknownLeft.isEmpty()) {
            BigDecimal rest = l.subtract(r);
            if (unknownRight.size() == 1 && rest.signum() >= 0) out.put(unknownRight.get(0), rest);
            else if (rest.signum() == 0) unknownRight.forEach(id -> out.put(id, BigDecimal.ZERO));
        }
        return out;
    }
}

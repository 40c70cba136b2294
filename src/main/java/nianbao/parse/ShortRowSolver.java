package nianbao.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places the numbers of rows that arrived with fewer cells than columns (a merged-cell export dropped one). Every
 * order-preserving placement of the printed numbers is tried; a placement survives only if the table's arithmetic
 * can still hold with it. A cell gets a value only where every surviving placement agrees; a missing cell whose value
 * the arithmetic forces is filled and reported as inferred. Everything else stays null and is reported.
 */
final class ShortRowSolver {
    private ShortRowSolver() {}

    /** More placements than this are not worth trying: the row is too damaged to place anything. */
    private static final int MAX_PLACEMENTS = 500;

    /**
     * A short row.
     *
     * @param slots   the cell IDs of the row's columns, in order
     * @param printed the values as printed, in order (null for a printed blank)
     */
    record ShortRow(String name, List<String> slots, List<BigDecimal> printed, int line) {}

    /** The outcome for one short row: values for every slot (null where undecided or blank). */
    record Placement(ShortRow row, Map<String, BigDecimal> values, List<String> inferred, List<String> undecided) {}

    /** One way to place a row's printed values: which slot holds which value, and the gaps filled by arithmetic. */
    private record Candidate(Map<String, BigDecimal> values, Set<String> printed) {}

    static List<Placement> solve(Map<String, BigDecimal> known, List<ShortRow> rows, List<Equation> equations) {
        List<List<Candidate>> candidates = new ArrayList<>();
        for (ShortRow r : rows) candidates.add(placements(r));
        boolean changed = true;
        for (int round = 0; changed && round < 50; round++) { // rows decide one another: repeat while any changes
            changed = false;
            for (int i = 0; i < rows.size(); i++) {
                List<Candidate> kept = new ArrayList<>();
                for (Candidate c : candidates.get(i)) {
                    Candidate completed = complete(known, rows, candidates, i, c, equations);
                    if (completed != null) kept.add(completed);
                }
                if (!kept.equals(candidates.get(i))) {
                    candidates.set(i, kept);
                    changed = true;
                }
            }
        }
        List<Placement> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ShortRow r = rows.get(i);
            List<Candidate> cs = candidates.get(i);
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            List<String> inferred = new ArrayList<>(), undecided = new ArrayList<>();
            for (String slot : r.slots()) {
                BigDecimal v = agreed(cs, slot);
                values.put(slot, v);
                if (v == null) undecided.add(slot);
                else if (cs.stream().anyMatch(c -> !c.printed().contains(slot))) inferred.add(slot);
            }
            out.add(new Placement(r, values, inferred, undecided));
        }
        return out;
    }

    private static List<Candidate> placements(ShortRow r) {
        List<Candidate> out = new ArrayList<>();
        int n = r.slots().size(), k = r.printed().size();
        if (k == 0 || k > n || binomial(n, k) > MAX_PLACEMENTS) return out;
        place(r, 0, 0, new ArrayList<>(), out);
        return out;
    }

    private static void place(ShortRow r, int slot, int value, List<Integer> chosen, List<Candidate> out) {
        int n = r.slots().size(), k = r.printed().size();
        if (value == k) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            Set<String> printed = new HashSet<>();
            for (int j = 0; j < k; j++) {
                String id = r.slots().get(chosen.get(j));
                printed.add(id);
                if (r.printed().get(j) != null) values.put(id, r.printed().get(j));
            }
            out.add(new Candidate(values, printed));
            return;
        }
        if (n - slot < k - value) return;
        chosen.add(slot);
        place(r, slot + 1, value + 1, chosen, out);
        chosen.remove(chosen.size() - 1);
        place(r, slot + 1, value, chosen, out);
    }

    /**
     * The candidate with its gaps filled where the arithmetic forces them, or null when the arithmetic cannot hold
     * with it. Cells of other short rows count as known only where all their remaining candidates agree.
     */
    private static Candidate complete(Map<String, BigDecimal> known, List<ShortRow> rows, List<List<Candidate>> candidates,
                                      int self, Candidate candidate, List<Equation> equations) {
        Map<String, BigDecimal> values = new HashMap<>(known);
        for (int j = 0; j < rows.size(); j++) {
            for (String slot : rows.get(j).slots()) {
                values.remove(slot);
                BigDecimal v = j == self ? candidate.values().get(slot) : agreed(candidates.get(j), slot);
                if (v != null) values.put(slot, v);
            }
        }
        ShortRow row = rows.get(self);
        List<Equation> relevant = equations.stream().filter(e -> row.slots().stream().anyMatch(e::mentions)).toList();
        boolean more = true;
        while (more) {
            more = false;
            for (Equation e : relevant) {
                for (Map.Entry<String, BigDecimal> f : e.forced(values).entrySet()) {
                    String id = f.getKey();
                    if (row.slots().contains(id) && !candidate.printed().contains(id) && !values.containsKey(id)) {
                        values.put(id, f.getValue());
                        more = true;
                    }
                }
            }
        }
        for (Equation e : relevant) if (!e.feasible(values)) return null;
        Map<String, BigDecimal> rowValues = new LinkedHashMap<>();
        for (String slot : row.slots()) if (values.get(slot) != null) rowValues.put(slot, values.get(slot));
        return new Candidate(rowValues, candidate.printed());
    }

    private static BigDecimal agreed(List<Candidate> cs, String slot) {
        BigDecimal agreed = null;
        for (Candidate c : cs) {
            BigDecimal v = c.values().get(slot);
            if (v == null || (agreed != null && agreed.compareTo(v) != 0)) return null;
            agreed = v;
        }
        return agreed;
    }

    private static long binomial(int n, int k) {
        long r = 1;
        for (int i = 1; i <= k; i++) r = r * (n - k + i) / i;
        return r;
    }
}

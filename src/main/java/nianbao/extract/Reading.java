package nianbao.extract;

import java.util.List;

/**
 * One way to read a figure against the tables: all its terms hold together. A figure with several readings is
 * ambiguous (办理 N 件 = 新收, or 新收 + 上年结转, or 办理结果总计) and fits the table when any reading fits.
 *
 * @param label short Chinese name of the reading, e.g. "本年新收"
 */
public record Reading(String label, List<Term> terms) {
    public Reading {
        terms = List.copyOf(terms);
    }
}

package nianbao.parse;

import nianbao.read.CellValue;
import java.util.List;

/**
 * A table row as read, before it is given meaning.
 *
 * @param label  the row's label fragments joined (empty when the row has none)
 * @param values the fields after the label, as printed (numbers, blanks); for text rows with export padding
 *               stripped from both ends, for grid rows by position
 * @param line   1-based line of the document where the row starts
 * @param lastLine 1-based line where it ends (the same line for a row printed on one line)
 * @param grid   whether the values' positions are reliable (from table structure)
 * @param section the section the row was found in
 */
record RawRow(String label, List<String> values, int line, int lastLine, boolean grid, nianbao.model.SectionKey section) {
    boolean hasNumber() {
        for (String v : values) if (CellValue.isNumber(v)) return true;
        return false;
    }

    /** Whether anything is printed in the value part: a number or a placeholder such as / or -. */
    boolean hasValue() {
        for (String v : values) if (!CellValue.isEmpty(v)) return true;
        return false;
    }

}

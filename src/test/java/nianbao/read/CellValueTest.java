package nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What counts as a table value: numbers in every printed form and the blanks (无, placeholders, nothing); labels do
 * not. {@link CellValue#isValue} says no to most labels from their first printed character, so the values here
 * start with each character a value may start with.
 */
class CellValueTest {
    @ParameterizedTest(name = "[{0}] = {1}")
    @CsvSource(delimiter = '|', value = {
            "0|0", "12|12", "' ２３'|23", "１２|12", "+1|1", "＋1|1", "-3|-3", "−3|-3", "－3|-3", "'1,234'|1234",
            "1.5|1.5", "1.50|1.5", "123456789012345678901|123456789012345678901",
    })
    void numbersInEveryPrintedForm(String raw, String value) {
        assertTrue(CellValue.isValue(raw), raw);
        assertEquals(new BigDecimal(value), CellValue.parse(raw));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"无", "/", "／", "-", "—", "–", "－", "一", "　－", "", "  "})
    void blanksAreValuesWithoutANumber(String raw) {
        assertTrue(CellValue.isValue(raw), raw);
        assertNull(CellValue.parse(raw));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"一、新收", "合计", "其中", "申请人", "（一）", "第1项", "1件", "12%", "无法提供"})
    void labelsAreNotValues(String raw) {
        assertFalse(CellValue.isValue(raw), raw);
        assertNull(CellValue.parse(raw));
    }
}

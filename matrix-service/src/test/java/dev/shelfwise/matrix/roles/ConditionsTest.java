package dev.shelfwise.matrix.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Three-valued logic: null is "unknown for lack of data". */
class ConditionsTest {

    @ParameterizedTest(name = "{0} and {1} = {2}; {0} or {1} = {3}")
    @CsvSource(nullValues = "?", value = {
            // a, b, a AND b, a OR b
            "true,  true,  true,  true",
            "true,  false, false, true",
            "false, false, false, false",
            "true,  ?,     ?,     true",
            "false, ?,     false, ?",
            "?,     ?,     ?,     ?",
    })
    void kleene(Boolean a, Boolean b, Boolean and, Boolean or) {
        assertEquals(and, Conditions.and(a, b));
        assertEquals(and, Conditions.and(b, a));
        assertEquals(or, Conditions.or(a, b));
        assertEquals(or, Conditions.or(b, a));
    }

    @ParameterizedTest(name = "{0} vs {1}: >= {2}, <= {3}, < {4}")
    @CsvSource({
            "5,    5,   true,  true,  false",
            "5.00, 5,   true,  true,  false",   // scale does not matter
            "4.99, 5,   false, true,  true",
            "5.01, 5,   true,  false, false",
    })
    void comparisons(BigDecimal value, BigDecimal threshold, boolean atLeast, boolean atMost, boolean below) {
        assertEquals(atLeast, Conditions.atLeast("r", Metric.RATING, value, threshold, null).passed());
        assertEquals(atMost, Conditions.atMost("r", Metric.RATING, value, threshold, null).passed());
        assertEquals(below, Conditions.below("r", Metric.RATING, value, threshold, null).passed());
    }

    @Test
    void formatDropsTrailingZerosWithoutExponent() {
        assertEquals("0.5", Conditions.format(new BigDecimal("0.50")));
        assertEquals("1200", Conditions.format(new BigDecimal("1.2E+3")));
        assertEquals("12", Conditions.format(new BigDecimal("12.000")));
    }
}

package dev.shelfwise.metrics.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WholeNumbersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "NULL", value = {"NULL,NULL", "'',NULL", "10,10", "' 7 ',7", "-1,-1", "2026,2026"})
    void readsWholeNumbersAndAbsence(String value, Integer expected) {
        assertEquals(expected, WholeNumbers.optional("top", value));
    }

    @ParameterizedTest(name = "{0} is a 400 naming the parameter")
    @CsvSource({"ten", "1.5", "99999999999999999999", "2026;DROP TABLE rollups", "0x10", "1e3"})
    void anythingElseIsABadParameter(String value) {
        BadParameterException refused = assertThrows(BadParameterException.class, () -> WholeNumbers.optional("top", value));
        assertTrue(refused.getMessage().startsWith("top must be a whole number"), refused.getMessage());
    }
}

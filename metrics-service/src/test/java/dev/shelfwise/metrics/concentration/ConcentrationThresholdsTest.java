package dev.shelfwise.metrics.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConcentrationThresholdsTest {

    private final ConcentrationThresholds defaults = ConcentrationThresholds.DEFAULTS;

    @Test
    void defaultsAreTheDesignLevels() {
        assertEquals(new ConcentrationThresholds(0.80, 0.90, 0.05), defaults);
    }

    @ParameterizedTest(name = "top 1 % share {0} → {1}")
    @CsvSource({
            "0,      HEALTHY",
            "0.5,    HEALTHY",
            "0.8,    HEALTHY",
            "0.8001, WARNING",
            "0.9,    WARNING",
            "0.9001, OVER_CONCENTRATED",
            "1,      OVER_CONCENTRATED",
    })
    void statusIsStrictlyAboveTheLevel(double share, ConcentrationStatus expected) {
        assertEquals(expected, defaults.statusOf(share));
    }

    @ParameterizedTest(name = "share {0} clearly below 0.9 − 0.05: {1}")
    @CsvSource({"0.86, false", "0.85, false", "0.8499, true", "0, true"})
    void resolveLevelIsExactDecimalArithmetic(double share, boolean expected) {
        // 0.9 − 0.05 in doubles is 0.8500000000000001, which would wrongly count 0.85 as below
        assertEquals(expected, defaults.isClearlyBelow(share, defaults.overConcentrated()));
    }

    @Test
    void aboveIsStrict() {
        assertFalse(defaults.isAbove(0.9, 0.9));
        assertTrue(defaults.isAbove(0.9000001, 0.9));
    }

    @ParameterizedTest(name = "warning {0}, over {1}, hysteresis {2} is refused")
    @CsvSource({
            "0.95, 0.9,  0.05",
            "0.8,  1.1,  0.05",
            "-0.1, 0.9,  0.05",
            "0.8,  0.9,  -0.01",
            "0.1,  0.9,  0.2",
            "NaN,  0.9,  0.05",
            "0.8,  NaN,  0.05",
            "0.8,  0.9,  NaN",
    })
    void nonsenseLevelsAreRefused(double warning, double over, double hysteresis) {
        assertThrows(IllegalArgumentException.class, () -> new ConcentrationThresholds(warning, over, hysteresis));
    }

    @Test
    void statusCodesAreTheWireNames() {
        assertEquals("healthy", ConcentrationStatus.HEALTHY.code());
        assertEquals("warning", ConcentrationStatus.WARNING.code());
        assertEquals("over-concentrated", ConcentrationStatus.OVER_CONCENTRATED.code());
    }
}

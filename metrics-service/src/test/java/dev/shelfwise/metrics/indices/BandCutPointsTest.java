package dev.shelfwise.metrics.indices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BandCutPointsTest {

    @ParameterizedTest(name = "index {0} → {1}")
    @CsvSource({
            "9.9999, VERY_HIGH",
            "1.5,    VERY_HIGH",
            "1.4999, HIGH",
            "1.15,   HIGH",
            "1.1499, MODERATE",
            "1.0,    MODERATE",
            "0.8501, MODERATE",
            "0.85,   LOW",
            "0.6001, LOW",
            "0.6,    VERY_LOW",
            "0.5999, VERY_LOW",
            "0,      VERY_LOW",
    })
    void cutPointsBelongToTheMoreExtremeBand(BigDecimal index, IndexBand expected) {
        assertEquals(expected, BandCutPoints.DEFAULTS.bandOf(index));
    }

    @Test
    void defaultsAreTheDesignCutPoints() {
        assertEquals(BandCutPoints.of(1.5, 1.15, 0.85, 0.6), BandCutPoints.DEFAULTS);
        assertEquals(0, new BigDecimal("0.85").compareTo(BandCutPoints.DEFAULTS.low()));
    }

    @Test
    void configuredDoublesKeepTheirDecimalValue() {
        BandCutPoints points = BandCutPoints.of(2.0, 1.2, 0.8, 0.1);
        assertEquals(new BigDecimal("0.1"), points.veryLow()); // not 0.1000000000000000055...
        assertEquals(IndexBand.VERY_LOW, points.bandOf(new BigDecimal("0.1")));
        assertEquals(IndexBand.HIGH, points.bandOf(new BigDecimal("1.5")));
        assertEquals(IndexBand.MODERATE, points.bandOf(new BigDecimal("1.1999")));
    }

    @ParameterizedTest(name = "{0} / {1} / {2} / {3} is refused")
    @CsvSource({
            "1.0, 1.15, 0.85, 0.6",
            "1.5, 0.8, 0.85, 0.6",
            "1.5, 1.15, 0.5, 0.6",
            "1.5, 1.15, 0.85, -0.1",
    })
    void cutPointsMustNotIncreaseDownwards(double veryHigh, double high, double low, double veryLow) {
        assertThrows(IllegalArgumentException.class, () -> BandCutPoints.of(veryHigh, high, low, veryLow));
    }

    @Test
    void equalCutPointsLeaveABandEmpty() {
        BandCutPoints noModerate = BandCutPoints.of(1.5, 1.0, 1.0, 0.5);
        assertEquals(IndexBand.HIGH, noModerate.bandOf(BigDecimal.ONE));
        assertEquals(IndexBand.LOW, noModerate.bandOf(new BigDecimal("0.9999")));
    }

    @Test
    void bandCodesAreTheWireNames() {
        assertEquals("very-high", IndexBand.VERY_HIGH.code());
        assertEquals("moderate", IndexBand.MODERATE.code());
        assertEquals("very-low", IndexBand.VERY_LOW.code());
        assertEquals("insufficient-data", IndexBand.INSUFFICIENT_DATA.code());
    }
}

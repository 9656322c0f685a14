package dev.shelfwise.clearance.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClearanceConfigTest {

    @Test
    void defaultsAreThePublishedPractice() {
        ClearanceConfig defaults = ClearanceConfig.defaults();

        assertEquals(new BigDecimal("0.05"), defaults.tieTolerance());
        assertEquals(new BigDecimal("0.20"), defaults.minimumClearanceDiscount());
        assertEquals(List.of(90, 180, 270, 365), defaults.ageBucketUpperBounds());
        assertEquals(90, defaults.excessDaysOfSupply());
        assertEquals(90, defaults.clearanceAgeDays());
        assertEquals(new BigDecimal("12"), defaults.clearanceWeeksOfCover());
        assertEquals(7, defaults.measuredWindowDays());
        assertEquals(20, defaults.minimumMeasuredOrders());
    }

    @Test
    void copiesChangeOneSetting() {
        ClearanceConfig changed = ClearanceConfig.defaults().withTieTolerance(new BigDecimal("0.10"))
                .withMinimumMeasuredOrders(5);

        assertEquals(new BigDecimal("0.10"), changed.tieTolerance());
        assertEquals(5, changed.minimumMeasuredOrders());
        assertEquals(new BigDecimal("0.20"), changed.minimumClearanceDiscount());
    }

    @ParameterizedTest(name = "tie tolerance {0} is refused")
    @CsvSource({"-0.01", "1.01"})
    void refusesRatesOutsideZeroToOne(String tolerance) {
        ClearanceConfig defaults = ClearanceConfig.defaults();
        BigDecimal value = new BigDecimal(tolerance);
        assertThrows(IllegalArgumentException.class, () -> defaults.withTieTolerance(value));
    }

    @Test
    void refusesBucketsOutOfOrder() {
        assertThrows(IllegalArgumentException.class, () -> new ClearanceConfig(new BigDecimal("0.05"),
                new BigDecimal("0.2"), List.of(90, 90), 90, 90, BigDecimal.TEN, 7, 20));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"4.5, 4.50", "-2.975, -2.98", "2.965, 2.96", "349.99999999999999999999999999999997, 350.00"})
    void moneyIsShownInCentsHalfEven(String value, String shown) {
        // half-even: 2.975 -> 2.98 (7 is odd), 2.965 -> 2.96 (6 is even)
        assertEquals(shown, ClearanceMath.show(new BigDecimal(value)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0.05, 5 %", "0.125, 12.5 %", "0.2, 20 %", "1, 100 %"})
    void ratesAreShownAsPercentages(String rate, String shown) {
        assertEquals(shown, ClearanceMath.percent(new BigDecimal(rate)));
    }

    @Test
    void divisionsKeep34Digits() {
        // 10 / 4 terminates: exact; 10 / 3 does not: 34 significant digits
        assertEquals(new BigDecimal("2.5"), ClearanceMath.divide(BigDecimal.TEN, new BigDecimal("4")));
        assertEquals(34, ClearanceMath.divide(BigDecimal.TEN, new BigDecimal("3")).precision());
    }
}

package dev.shelfwise.metrics.indices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DailySalesTest {

    private static final LocalDate APRIL_1 = LocalDate.of(2024, 4, 1);

    @Test
    void missingDaysSoldNothing() {
        DailySales sales = DailySales.of(Map.of(APRIL_1, new BigDecimal("12.50")));
        assertEquals(new BigDecimal("12.50"), sales.on(APRIL_1));
        assertEquals(BigDecimal.ZERO, sales.on(APRIL_1.plusDays(1)));
        assertEquals(BigDecimal.ZERO, DailySales.empty().total(DateRange.singleDay(APRIL_1)));
    }

    @Test
    void totalIncludesBothEndsAndNothingOutside() {
        DailySales sales = DailySales.of(Map.of(
                APRIL_1.minusDays(1), new BigDecimal("1000"),
                APRIL_1, new BigDecimal("1.10"),
                APRIL_1.plusDays(2), new BigDecimal("2.20"),
                APRIL_1.plusDays(3), new BigDecimal("1000")));
        assertEquals(0, new BigDecimal("3.30").compareTo(sales.total(DateRange.of(APRIL_1, APRIL_1.plusDays(2)))));
    }

    @Test
    void keepsItsOwnCopyAndRefusesNulls() {
        Map<LocalDate, BigDecimal> source = new HashMap<>(Map.of(APRIL_1, BigDecimal.TEN));
        DailySales sales = DailySales.of(source);
        source.put(APRIL_1, BigDecimal.ONE);
        assertEquals(BigDecimal.TEN, sales.on(APRIL_1));

        Map<LocalDate, BigDecimal> withNull = new HashMap<>();
        withNull.put(APRIL_1, null);
        assertThrows(NullPointerException.class, () -> DailySales.of(withNull));
    }
}

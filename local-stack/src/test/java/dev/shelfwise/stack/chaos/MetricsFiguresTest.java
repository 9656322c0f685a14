package dev.shelfwise.stack.chaos;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static dev.shelfwise.stack.chaos.Orders.order;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The recomputation of metrics-service's figures, on orders small enough to check by hand. */
class MetricsFiguresTest {
    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    // C1's first order is O2 (earlier, although it arrives later); C2 has one order in two categories
    private final List<ChaosOrder> orders = List.of(
            order("O1", "C1", "2026-03-02T10:00:00Z", "onsite", "A:books:2:10.00:4.00:5.00", "B:toys:1:3.50"),
            order("O2", "C1", "2026-03-01T09:00:00Z", "onsite", "A:books:1:10.00"),
            order("O3", "C2", "2026-03-02T23:30:00-02:00", "onsite", "C:books:1:7.00", "D:garden:3:1.00"),
            order("O4", "C3", "2026-04-05T08:00:00Z", "ads:spring", "B:toys:4:3.50"));
    private final MetricsFigures figures = new MetricsFigures(orders, ZoneOffset.UTC);

    @Test
    void netSalesPerCategoryAndDayInTheShopsZone() {
        // O1: 2 x 10.00 - 5.00 discount + O2 the day before; O3 is 2026-03-03 in UTC
        assertEquals(Map.of(MARCH_1, new BigDecimal("10.00"), MARCH_2, new BigDecimal("15.00"),
                LocalDate.of(2026, 3, 3), new BigDecimal("7.00")), figures.salesByCategoryDay().get("books"));
        assertEquals(new BigDecimal("14.00"), figures.salesByCategoryDay().get("toys").get(LocalDate.of(2026, 4, 5)));
    }

    @Test
    void anOrderCountsOnceInEachOfItsCategoriesAndIsNewOnlyAsTheCustomersEarliest() {
        MetricsFigures.Counts booksMarch = figures.byCategoryMonth().get(new MetricsFigures.CategoryMonth("books", YearMonth.of(2026, 3)));
        assertEquals(new MetricsFigures.Counts(3, 2), booksMarch); // O1 (not new), O2 (new), O3 (new)
        assertEquals(new MetricsFigures.Counts(1, 0),
                figures.byCategoryMonth().get(new MetricsFigures.CategoryMonth("toys", YearMonth.of(2026, 3))));
        assertEquals(new MetricsFigures.Counts(4, 3), figures.site(2026));
        assertEquals(new MetricsFigures.Counts(0, 0), figures.site(2025));
    }

    @Test
    void crossCategoryPenetrationOverAWindow() {
        Map<String, MetricsFigures.Penetration> march = figures.crossCategory(MARCH_1, LocalDate.of(2026, 3, 31));
        assertEquals(new MetricsFigures.Penetration(2, 2), march.get("books")); // C1 (books, toys), C2 (books, garden)
        assertEquals(new MetricsFigures.Penetration(1, 1), march.get("toys"));
        Map<String, MetricsFigures.Penetration> april = figures.crossCategory(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));
        assertEquals(Map.of("toys", new MetricsFigures.Penetration(1, 0)), april);
    }

    @Test
    void concentrationCountsActiveSkusAndTheirGmv() {
        MetricsFigures.Concentration march = figures.concentration(MARCH_1, MARCH_2);
        assertEquals(2, march.activeSkus()); // A (15.00 + 10.00) and B (3.50); O3 falls on March 3
        assertEquals(new BigDecimal("28.50"), march.gmv());
    }
}

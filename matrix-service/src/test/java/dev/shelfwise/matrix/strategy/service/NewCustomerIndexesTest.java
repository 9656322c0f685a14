package dev.shelfwise.matrix.strategy.service;

import dev.shelfwise.matrix.strategy.client.NewCustomerTable;
import dev.shelfwise.matrix.strategy.client.NewCustomerTable.Cell;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class NewCustomerIndexesTest {
    private static final BigDecimal SITE = new BigDecimal("0.2"); // 2,000 / 10,000

    private static NewCustomerTable table(int year, BigDecimal site, Cell... cells) {
        return new NewCustomerTable(year, 10_000L, 2_000L, site, List.of(cells), null);
    }

    private static BigDecimal rounded(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    void seedExampleBooksInApril() {
        Map<String, BigDecimal> index = NewCustomerIndexes.over(
                List.of(table(2026, SITE, new Cell("books", "2026-04", 218L, 55L, null, null),
                        new Cell("books", "2026-05", 300L, 30L, null, null))),
                List.of(YearMonth.of(2026, 4)));
        assertEquals(new BigDecimal("1.26"), rounded(index.get("books")));
    }

    @Test
    void severalMonthsAreWeightedByOrders() {
        // (55 + 45) / (218 + 182) = 0.25 of orders are new-customer orders; / 0.2 = 1.25
        Map<String, BigDecimal> index = NewCustomerIndexes.over(
                List.of(table(2026, SITE, new Cell("books", "2026-04", 218L, 55L, null, null),
                        new Cell("books", "2026-05", 182L, 45L, null, null))),
                List.of(YearMonth.of(2026, 4), YearMonth.of(2026, 5)));
        assertEquals(0, new BigDecimal("1.25").compareTo(index.get("books")));
    }

    @Test
    void aWindowAcrossNewYearUsesEachYearsSiteIndex() {
        // December: 20 / 100 at site 0.2 -> 100 weighted; January: 10 / 100 at site 0.1 -> 100 weighted; 200 / 200 = 1
        Map<String, BigDecimal> index = NewCustomerIndexes.over(List.of(
                        table(2025, SITE, new Cell("toys", "2025-12", 100L, 20L, null, null)),
                        table(2026, new BigDecimal("0.1"), new Cell("toys", "2026-01", 100L, 10L, null, null))),
                new ComparableWindow(LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 5)).months());
        assertEquals(0, BigDecimal.ONE.compareTo(index.get("toys")));
    }

    @Test
    void categoriesWithoutOrdersOrWithoutASiteIndexAreUnknown() {
        Map<String, BigDecimal> index = NewCustomerIndexes.over(List.of(
                        table(2026, SITE, new Cell("empty", "2026-04", 0L, 0L, null, "insufficient-data")),
                        table(2026, null, new Cell("no-site", "2026-04", 10L, 1L, null, null))),
                List.of(YearMonth.of(2026, 4)));
        assertFalse(index.containsKey("empty"));
        assertFalse(index.containsKey("no-site"));
    }

    @Test
    void comparableWindowIsTheSameDaysLastYear() {
        ComparableWindow window = ComparableWindow.of(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 2));
        assertEquals(LocalDate.of(2027, 2, 28), window.start());
        assertEquals(LocalDate.of(2027, 3, 2), window.end());
        assertEquals(List.of(YearMonth.of(2027, 2), YearMonth.of(2027, 3)), window.months());
        assertEquals(List.of(2027), window.years());
    }
}

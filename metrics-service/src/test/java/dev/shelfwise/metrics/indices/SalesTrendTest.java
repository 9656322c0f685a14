package dev.shelfwise.metrics.indices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SalesTrendTest {

    /** 15 Jan – 31 Mar 2024: a partial January, then two complete months. */
    private static final DateRange WINDOW = DateRange.of(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 3, 31));

    /** Every day from {@code from} to {@code to} sells {@code amount}. */
    private static void fill(Map<LocalDate, BigDecimal> sales, String from, String to, String amount) {
        DateRange.of(LocalDate.parse(from), LocalDate.parse(to)).dates()
                .forEach(day -> sales.put(day, new BigDecimal(amount)));
    }

    /** Jan (from the 15th) 5/day = 85, Feb 10/day = 290, Mar 20/day = 620; last year one 500 day. */
    private static DailySales books() {
        Map<LocalDate, BigDecimal> sales = new HashMap<>();
        sales.put(LocalDate.of(2024, 1, 1), new BigDecimal("1000")); // before the window
        fill(sales, "2024-01-15", "2024-01-31", "5");
        fill(sales, "2024-02-01", "2024-02-29", "10");
        fill(sales, "2024-03-01", "2024-03-31", "20");
        sales.put(LocalDate.of(2023, 2, 1), new BigDecimal("500"));
        return DailySales.of(sales);
    }

    @Test
    void dailySeriesCoversEveryDayOfTheWindow() {
        SalesTrendReport trend = SalesTrend.of("books", books(), WINDOW);

        assertEquals(77, trend.daily().size()); // 17 + 29 + 31
        assertEquals(new SalesTrendReport.Day(LocalDate.of(2024, 1, 15), new BigDecimal("5")), trend.daily().get(0));
        assertEquals(new SalesTrendReport.Day(LocalDate.of(2024, 3, 31), new BigDecimal("20")),
                trend.daily().get(76));
        assertEquals("books", trend.category());
        assertEquals(WINDOW, trend.window());
    }

    @Test
    void monthlyTotalsOnlyCountTheWindowsDays() {
        List<SalesTrendReport.Month> months = SalesTrend.of("books", books(), WINDOW).monthly();

        assertEquals(List.of(YearMonth.of(2024, 1), YearMonth.of(2024, 2), YearMonth.of(2024, 3)),
                months.stream().map(SalesTrendReport.Month::month).toList());
        assertEquals(List.of(17, 29, 31), months.stream().map(SalesTrendReport.Month::days).toList());
        assertEquals(List.of(false, true, true), months.stream().map(SalesTrendReport.Month::complete).toList());
        assertEquals(0, new BigDecimal("85").compareTo(months.get(0).sales())); // 1 Jan's 1,000 is outside
        assertEquals(0, new BigDecimal("290").compareTo(months.get(1).sales()));
        assertEquals(0, new BigDecimal("620").compareTo(months.get(2).sales()));
    }

    @Test
    void monthOverMonthOnlyBetweenCompleteMonths() {
        List<SalesTrendReport.Month> months = SalesTrend.of("books", books(), WINDOW).monthly();

        assertNull(months.get(0).monthOverMonthGrowth()); // first month: nothing before it
        assertNull(months.get(1).monthOverMonthGrowth()); // previous month is partial
        assertEquals(new BigDecimal("1.1379"), months.get(2).monthOverMonthGrowth()); // 620 / 290 − 1
    }

    @Test
    void yearOverYearComparesTheSameWindowLastYear() {
        SalesTrendReport trend = SalesTrend.of("books", books(), WINDOW);

        assertEquals(0, new BigDecimal("995").compareTo(trend.sales()));
        assertEquals(0, new BigDecimal("500").compareTo(trend.lastYearSales()));
        assertEquals(new BigDecimal("0.9900"), trend.yearOverYearGrowth());
    }

    @ParameterizedTest(name = "{0} → {1}: growth {2}")
    @CsvSource({
            "290, 620, 1.1379",
            "290, 145, -0.5000",
            "290, 0,   -1.0000",
            "290, 290, 0.0000",
            "0,   620, ",
            "-10, 620, ",
    })
    void monthOverMonthGrowthAndItsZeroBase(String february, String march, BigDecimal expected) {
        Map<LocalDate, BigDecimal> sales = new HashMap<>();
        sales.put(LocalDate.of(2024, 2, 10), new BigDecimal(february));
        sales.put(LocalDate.of(2024, 3, 10), new BigDecimal(march));
        DateRange febToMar = DateRange.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 31));

        SalesTrendReport.Month marchRow = SalesTrend.of("books", DailySales.of(sales), febToMar).monthly().get(1);
        assertEquals(expected, marchRow.monthOverMonthGrowth());
    }

    @Test
    void noSalesLastYearGiveNoYearOverYearGrowth() {
        DateRange april = DateRange.of(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30));
        SalesTrendReport trend = SalesTrend.of("books", books(), april);

        assertEquals(0, BigDecimal.ZERO.compareTo(trend.lastYearSales()));
        assertNull(trend.yearOverYearGrowth());
        assertEquals(1, trend.monthly().size());
        assertTrue(trend.monthly().get(0).complete());
        assertNull(trend.monthly().get(0).monthOverMonthGrowth());
        assertTrue(trend.daily().stream().allMatch(d -> d.sales().signum() == 0));
    }

    @Test
    void leapDayComparesWithTheTwentyEighthLastYear() {
        Map<LocalDate, BigDecimal> sales = Map.of(
                LocalDate.of(2024, 2, 29), new BigDecimal("150"),
                LocalDate.of(2023, 2, 28), new BigDecimal("100"),
                LocalDate.of(2023, 3, 1), new BigDecimal("999"));
        SalesTrendReport trend = SalesTrend.of("books", DailySales.of(sales),
                DateRange.singleDay(LocalDate.of(2024, 2, 29)));

        assertEquals(new BigDecimal("0.5000"), trend.yearOverYearGrowth());
        assertFalse(trend.monthly().get(0).complete());
    }
}

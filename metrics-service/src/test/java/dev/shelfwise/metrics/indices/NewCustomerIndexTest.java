package dev.shelfwise.metrics.indices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewCustomerIndexTest {

    /** The design's seed site: 2,000 new-customer orders out of 10,000. */
    private static final OrderCounts SITE = new OrderCounts(10_000, 2_000);
    private static final YearMonth APRIL = YearMonth.of(2024, 4);

    private final NewCustomerIndex index = NewCustomerIndex.withDefaults();

    @Test
    void seedSiteIndexIsPointTwo() {
        assertEquals(new BigDecimal("0.2000"), NewCustomerIndex.siteIndex(SITE));
    }

    @Test
    void seedBooksInAprilIs126() {
        NewCustomerIndexCell books = index.cell(SITE, new CategoryMonthOrders("books", APRIL, 218, 55));

        // (55 / 218) / 0.2 = 1.261467…, kept at 4 decimals, 1.26 at the design's 2
        assertEquals(new BigDecimal("1.2615"), books.index());
        assertEquals(new BigDecimal("1.26"), books.index().setScale(2, RoundingMode.HALF_UP));
        assertEquals(IndexBand.HIGH, books.band());
        assertEquals(218, books.orders());
        assertEquals(55, books.newCustomerOrders());
        assertEquals(APRIL, books.month());
    }

    @ParameterizedTest(name = "{0} new of 1,000 orders → index {1}, {2}")
    @CsvSource({
            "1000, 5.0000, VERY_HIGH",
            "300,  1.5000, VERY_HIGH",
            "299,  1.4950, HIGH",
            "230,  1.1500, HIGH",
            "229,  1.1450, MODERATE",
            "200,  1.0000, MODERATE",
            "171,  0.8550, MODERATE",
            "170,  0.8500, LOW",
            "121,  0.6050, LOW",
            "120,  0.6000, VERY_LOW",
            "0,    0.0000, VERY_LOW",
    })
    void bandsAtEveryBoundary(long newCustomerOrders, String expectedIndex, IndexBand expectedBand) {
        NewCustomerIndexCell cell = index.cell(SITE, new CategoryMonthOrders("toys", APRIL, 1_000, newCustomerOrders));
        assertEquals(new BigDecimal(expectedIndex), cell.index());
        assertEquals(expectedBand, cell.band());
    }

    @Test
    void bandFollowsTheReportedFigure() {
        // exactly 1.49996, reported 1.5000: shown as 1.5000, so banded very-high like any other 1.5000
        NewCustomerIndexCell cell = index.cell(new OrderCounts(100_000, 20_000),
                new CategoryMonthOrders("toys", APRIL, 125_000, 37_499));
        assertEquals(new BigDecimal("1.5000"), cell.index());
        assertEquals(IndexBand.VERY_HIGH, cell.band());
    }

    @ParameterizedTest(name = "{0} orders → {1}")
    @CsvSource({
            "1,  INSUFFICIENT_DATA",
            "29, INSUFFICIENT_DATA",
            "30, VERY_HIGH",
            "31, VERY_HIGH",
    })
    void fewerThanMinOrdersIsInsufficientData(long orders, IndexBand expected) {
        NewCustomerIndexCell cell = index.cell(SITE, new CategoryMonthOrders("toys", APRIL, orders, orders));
        assertEquals(expected, cell.band());
        // the index is still reported: the band only says it is not significant
        assertEquals(new BigDecimal("5.0000"), cell.index());
    }

    @Test
    void minOrdersIsConfigurable() {
        NewCustomerIndex strict = new NewCustomerIndex(new NewCustomerIndexSettings(BandCutPoints.DEFAULTS, 100));
        assertEquals(IndexBand.INSUFFICIENT_DATA,
                strict.cell(SITE, new CategoryMonthOrders("toys", APRIL, 99, 20)).band());
        assertEquals(IndexBand.MODERATE,
                strict.cell(SITE, new CategoryMonthOrders("toys", APRIL, 100, 20)).band());
        assertEquals(30, NewCustomerIndexSettings.DEFAULT_MIN_ORDERS);
        assertThrows(IllegalArgumentException.class, () -> new NewCustomerIndexSettings(BandCutPoints.DEFAULTS, -1));
    }

    @Test
    void cutPointsAreConfigurable() {
        NewCustomerIndex wide = new NewCustomerIndex(
                new NewCustomerIndexSettings(BandCutPoints.of(2.0, 1.3, 0.7, 0.4), 30));
        // 1.26 is high by default but moderate with these cut points
        assertEquals(IndexBand.MODERATE, wide.cell(SITE, new CategoryMonthOrders("books", APRIL, 218, 55)).band());
    }

    @Test
    void siteWithoutNewCustomersHasNoIndexAndNoDivisionByZero() {
        OrderCounts noNewcomers = new OrderCounts(500, 0);
        NewCustomerIndexCell cell = index.cell(noNewcomers, new CategoryMonthOrders("books", APRIL, 100, 0));

        assertEquals(new BigDecimal("0.0000"), NewCustomerIndex.siteIndex(noNewcomers));
        assertNull(cell.index());
        assertEquals(IndexBand.INSUFFICIENT_DATA, cell.band());
    }

    @Test
    void siteWithoutOrdersHasNoSiteIndex() {
        NewCustomerIndexTable table = index.table(new OrderCounts(0, 0),
                List.of(new CategoryMonthOrders("books", APRIL, 0, 0)));
        assertNull(table.siteIndex());
        assertNull(table.cells().get(0).index());
        assertEquals(IndexBand.INSUFFICIENT_DATA, table.cells().get(0).band());
    }

    @Test
    void cellWithoutOrdersHasNoIndexEvenWithoutAMinimum() {
        NewCustomerIndex anySize = new NewCustomerIndex(new NewCustomerIndexSettings(BandCutPoints.DEFAULTS, 0));
        NewCustomerIndexCell empty = anySize.cell(SITE, new CategoryMonthOrders("books", APRIL, 0, 0));
        assertNull(empty.index());
        assertEquals(IndexBand.INSUFFICIENT_DATA, empty.band());
    }

    @Test
    void tableCarriesSiteFiguresAndSortsCells() {
        YearMonth may = YearMonth.of(2024, 5);
        NewCustomerIndexTable table = index.table(SITE, List.of(
                new CategoryMonthOrders("toys", APRIL, 400, 40),
                new CategoryMonthOrders("books", may, 100, 20),
                new CategoryMonthOrders("books", APRIL, 218, 55)));

        assertEquals(10_000, table.siteOrders());
        assertEquals(2_000, table.siteNewCustomerOrders());
        assertEquals(new BigDecimal("0.2000"), table.siteIndex());
        assertEquals(List.of("books 2024-04", "books 2024-05", "toys 2024-04"),
                table.cells().stream().map(c -> c.category() + " " + c.month()).toList());
        assertEquals(List.of(IndexBand.HIGH, IndexBand.MODERATE, IndexBand.VERY_LOW),
                table.cells().stream().map(NewCustomerIndexCell::band).toList());
    }

    @ParameterizedTest(name = "orders {0}, new {1} is refused")
    @CsvSource({"10, 11", "-1, 0", "10, -1"})
    void impossibleCountsAreRefused(long orders, long newCustomerOrders) {
        assertThrows(IllegalArgumentException.class, () -> new OrderCounts(orders, newCustomerOrders));
        assertThrows(IllegalArgumentException.class,
                () -> new CategoryMonthOrders("books", APRIL, orders, newCustomerOrders));
    }
}

package dev.shelfwise.matrix.roles;

import static dev.shelfwise.matrix.roles.Fixtures.CATEGORY;
import static dev.shelfwise.matrix.roles.Fixtures.d;
import static dev.shelfwise.matrix.roles.Fixtures.sku;
import static dev.shelfwise.matrix.roles.Fixtures.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Nearest-rank percentiles: P(p) = the value at 1-based rank ⌈p·n/100⌉ of the sorted values. */
class CategoryPercentilesTest {

    @ParameterizedTest(name = "P{1} of [{0}] = {2}")
    @CsvSource({
            // values, p, expected
            "15 20 35 40 50,   5,   15",
            "15 20 35 40 50,   20,  15",    // rank ⌈1.0⌉ = 1
            "15 20 35 40 50,   21,  20",    // rank ⌈1.05⌉ = 2
            "15 20 35 40 50,   25,  20",
            "15 20 35 40 50,   40,  20",
            "15 20 35 40 50,   50,  35",
            "15 20 35 40 50,   60,  35",
            "15 20 35 40 50,   75,  40",
            "15 20 35 40 50,   90,  50",
            "15 20 35 40 50,   100, 50",
            "1 2 3 4 5 6 7 8 9 10, 25, 3",
            "1 2 3 4 5 6 7 8 9 10, 50, 5",
            "1 2 3 4 5 6 7 8 9 10, 60, 6",
            "1 2 3 4 5 6 7 8 9 10, 75, 8",
            "1 2 3 4 5 6 7 8 9 10, 90, 9",
            "7,                1,   7",     // one value is every percentile
            "7,                100, 7",
            "3 3 3 9,          50,  3",     // ties
            "3 3 3 9,          76,  9",
    })
    void nearestRank(String sortedValues, int p, String expected) {
        assertEquals(new BigDecimal(expected), CategoryPercentiles.nearestRank(values(sortedValues), p));
    }

    @Test
    void noValuesMeansNoPercentile() {
        assertNull(CategoryPercentiles.nearestRank(List.of(), 50));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101})
    void percentileOutsideOneToHundredIsRefused(int p) {
        assertThrows(IllegalArgumentException.class, () -> CategoryPercentiles.nearestRank(values("1 2"), p));
    }

    @Test
    void constructorSortsTheValues() {
        CategoryPercentiles percentiles = Fixtures.distribution(Metric.VIEWS, values("50 15 40 20 35"));

        assertEquals(d("20"), percentiles.percentile(Metric.VIEWS, 25));
        assertEquals(d("50"), percentiles.percentile(Metric.VIEWS, 90));
    }

    @Test
    void ofLeavesUnknownValuesOutInsteadOfCountingThemAsZero() {
        List<ProductFacts> products = List.of(
                sku("A", "10").views(100L).build(),
                sku("B", "20").views(300L).build(),
                sku("C", "30").build(),            // no traffic data
                sku("D", "40").build());

        CategoryPercentiles percentiles = CategoryPercentiles.of(CATEGORY, products);

        assertEquals(2, percentiles.sampleSize(Metric.VIEWS));
        assertEquals(4, percentiles.sampleSize(Metric.PRICE));
        assertEquals(d("100"), percentiles.percentile(Metric.VIEWS, 50));
        assertEquals(d("300"), percentiles.percentile(Metric.VIEWS, 51));
        assertNull(percentiles.percentile(Metric.GMV, 50));
        assertEquals(CATEGORY, percentiles.category());
    }

    @Test
    void ofUsesPromotionPricesAndDerivedMetrics() {
        List<ProductFacts> products = List.of(
                sku("A", "100").promoPrice(d("50")).unitCost(d("25")).orders(5L).views(100L).build(),
                sku("B", "80").unitCost(d("60")).orders(1L).views(100L).build());

        CategoryPercentiles percentiles = CategoryPercentiles.of(CATEGORY, products);

        assertEquals(0, d("50").compareTo(percentiles.percentile(Metric.PRICE, 50)));
        assertEquals(0, d("0.25").compareTo(percentiles.percentile(Metric.MARGIN, 50)));
        assertEquals(0, d("0.5").compareTo(percentiles.percentile(Metric.MARGIN, 100)));
        assertEquals(0, d("0.05").compareTo(percentiles.percentile(Metric.CONVERSION, 100)));
    }

    @Test
    void ofRefusesForeignCategoriesAndDuplicateSkus() {
        ProductFacts foreign = ProductFacts.builder("X", "garden", d("10")).build();
        ProductFacts a = sku("A", "10").build();

        assertThrows(IllegalArgumentException.class, () -> CategoryPercentiles.of(CATEGORY, List.of(foreign)));
        assertThrows(IllegalArgumentException.class, () -> CategoryPercentiles.of(CATEGORY, List.of(a, a)));
    }

    @Test
    void metricsWithoutDistributionAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Fixtures.distribution(Metric.RATING, values("4 5")));
        assertThrows(IllegalStateException.class, () -> Metric.RATING.valueOf(sku("A", "10").build()));
    }

    @ParameterizedTest(name = "others at [{0}] around 100 -> {1}")
    @CsvSource({
            "85 115,             2",    // both ends of the ±15 % band are inside
            "84.99 115.01,       0",
            "100 100 100,        3",    // equal prices are look-alikes
            "50 90 110 200,      2",
    })
    void similarPricedCountExcludesTheSkuItself(String otherPrices, int expected) {
        Map<String, BigDecimal> prices = new HashMap<>();
        prices.put("S", d("100"));
        List<BigDecimal> others = values(otherPrices);
        for (int i = 0; i < others.size(); i++) {
            prices.put("O" + i, others.get(i));
        }
        CategoryPercentiles percentiles = new CategoryPercentiles(CATEGORY, Map.of(), prices);

        assertEquals(expected, percentiles.similarPricedCount("S", d("100"), d("0.15")));
    }

    @Test
    void similarPricedCountIsWhatCountingEveryOtherSkuGives() {
        SplittableRandom random = new SplittableRandom(7);
        Map<String, BigDecimal> prices = new HashMap<>();
        for (int i = 0; i < 300; i++) { // whole prices from 50 to 149: many equal, many on a band's ends
            prices.put("S" + i, BigDecimal.valueOf(50 + random.nextInt(100)));
        }
        CategoryPercentiles percentiles = new CategoryPercentiles(CATEGORY, Map.of(), prices);
        BigDecimal band = d("0.15");
        prices.forEach((sku, price) -> assertEquals(counted(prices, sku, price, band),
                percentiles.similarPricedCount(sku, price, band), sku + " at " + price));
        assertEquals(counted(prices, "elsewhere", d("100"), band),
                percentiles.similarPricedCount("elsewhere", d("100"), band), "a SKU of another category");
    }

    private static long counted(Map<String, BigDecimal> prices, String sku, BigDecimal price, BigDecimal band) {
        BigDecimal low = price.multiply(BigDecimal.ONE.subtract(band));
        BigDecimal high = price.multiply(BigDecimal.ONE.add(band));
        return prices.entrySet().stream().filter(other -> !other.getKey().equals(sku))
                .filter(other -> other.getValue().compareTo(low) >= 0 && other.getValue().compareTo(high) <= 0).count();
    }
}

package dev.shelfwise.metrics.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GmvConcentrationTest {

    /** Rounded figures are within half a unit of the 4th decimal of the exact ones. */
    private static final double ROUNDED = 0.5e-4 + 1e-12;

    private static List<BigDecimal> gmv(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static List<BigDecimal> repeat(String value, int times) {
        return Collections.nCopies(times, new BigDecimal(value));
    }

    /** Heavy-tailed random GMV with cents, like a shop's SKUs. */
    private static List<BigDecimal> randomGmv(Random random, int n) {
        List<BigDecimal> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double value = Math.exp(random.nextGaussian() * 2 + 5);
            values.add(BigDecimal.valueOf(Math.max(1, Math.round(value * 100)), 2));
        }
        return values;
    }

    /** Gini straight from the definition: Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² x̄). */
    private static double naiveGini(List<BigDecimal> values) {
        int n = values.size();
        double mean = values.stream().mapToDouble(BigDecimal::doubleValue).sum() / n;
        double sum = 0;
        for (BigDecimal xi : values) {
            for (BigDecimal xj : values) {
                sum += Math.abs(xi.doubleValue() - xj.doubleValue());
            }
        }
        return sum / (2.0 * n * n * mean);
    }

    @Test
    void noActiveSkusGiveZerosAndAHealthyStatus() {
        for (List<BigDecimal> input : List.of(List.<BigDecimal>of(), gmv("0", "-12.50", "0.00"))) {
            GmvConcentration c = GmvConcentration.of(input);
            assertEquals(0, c.activeSkus());
            assertEquals(0, BigDecimal.ZERO.compareTo(c.gmv()));
            assertEquals(List.of(0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
                    List.of(c.top1Share(), c.top10Share(), c.top1PctShare(), c.top10PctShare(), c.gini(), c.hhi()));
            assertEquals(List.of(new LorenzPoint(0, 0), new LorenzPoint(1, 1)), c.lorenz());
            assertTrue(c.histogram().isEmpty());
            assertEquals(ConcentrationStatus.HEALTHY, c.status());
        }
    }

    @Test
    void onlySkusWithPositiveNetGmvAreActive() {
        GmvConcentration c = GmvConcentration.of(gmv("0", "-5", "10", "30"));
        assertEquals(2, c.activeSkus());
        assertEquals(0, new BigDecimal("40").compareTo(c.gmv()));
        assertEquals(0.75, c.top1Share());
    }

    @ParameterizedTest(name = "top {1} % of {0} SKUs = {2}")
    @CsvSource({
            "0,   1,  0",
            "1,   1,  1",
            "99,  1,  1",
            "100, 1,  1",
            "101, 1,  2",
            "250, 1,  3",
            "0,   10, 0",
            "1,   10, 1",
            "9,   10, 1",
            "10,  10, 1",
            "11,  10, 2",
            "99,  10, 10",
            "100, 10, 10",
            "101, 10, 11",
            "250, 10, 25",
    })
    void topPercentIsTheCeilingAndAtLeastOne(int activeSkus, int percent, int expected) {
        assertEquals(expected, GmvConcentration.topCount(activeSkus, percent));
    }

    @ParameterizedTest(name = "topCount({0}, {1}) is refused")
    @CsvSource({"-1, 1", "10, -1", "10, 101"})
    void topCountRefusesNonsense(int activeSkus, int percent) {
        assertThrows(IllegalArgumentException.class, () -> GmvConcentration.topCount(activeSkus, percent));
    }

    @Test
    void topSharesOfTwentySkus() {
        // GMV 1..20, total 210: top 1 = 20, top 10 = 11..20 = 155, top 1 % = 1 SKU, top 10 % = 2 SKUs = 39
        List<BigDecimal> values = IntStream.rangeClosed(1, 20).mapToObj(BigDecimal::valueOf).toList();
        GmvConcentration c = GmvConcentration.of(values);

        assertEquals(20, c.activeSkus());
        assertEquals(0.0952, c.top1Share());
        assertEquals(0.7381, c.top10Share());
        assertEquals(0.0952, c.top1PctShare());
        assertEquals(0.1857, c.top10PctShare());
    }

    @Test
    void fewerThanTenSkusMakeTheTopTenEverything() {
        GmvConcentration c = GmvConcentration.of(gmv("2", "5", "3"));
        assertEquals(0.5, c.top1Share());
        assertEquals(1.0, c.top10Share());
        assertEquals(0.5, c.top1PctShare());
        assertEquals(0.5, c.top10PctShare()); // ⌈0.3⌉ = 1 SKU
    }

    @Test
    void topPercentSharesOf250SkusUseThreeAndTwentyFiveSkus() {
        List<BigDecimal> values = new ArrayList<>(repeat("100", 3));
        values.addAll(repeat("1", 247));
        GmvConcentration c = GmvConcentration.of(values); // total 547

        assertEquals(0.5484, c.top1PctShare()); // 300 / 547
        assertEquals(0.5887, c.top10PctShare()); // (300 + 22) / 547
        assertEquals(0.1828, c.top1Share()); // 100 / 547
    }

    @ParameterizedTest(name = "{0} equal SKUs: Gini 0, HHI {1}")
    @CsvSource({"1, 10000.0", "2, 5000.0", "3, 3333.33", "4, 2500.0", "7, 1428.57", "1000, 10.0"})
    void equalSkus(int n, double expectedHhi) {
        GmvConcentration c = GmvConcentration.of(repeat("19.99", n));
        assertEquals(0.0, c.gini());
        assertEquals(expectedHhi, c.hhi());
        assertEquals(GmvConcentration.HHI_MAX / (double) n, c.hhi(), 0.005);
    }

    @Test
    void singleSkuHoldsEverything() {
        GmvConcentration c = GmvConcentration.of(gmv("1234.56"));
        assertEquals(10_000.0, c.hhi());
        assertEquals(1.0, c.top1Share());
        assertEquals(1.0, c.top1PctShare());
        assertEquals(0.0, c.gini());
        assertEquals(ConcentrationStatus.OVER_CONCENTRATED, c.status());
    }

    @Test
    void hhiOfKnownShares() {
        // shares 0.5 / 0.3 / 0.2 → 2,500 + 900 + 400
        assertEquals(3800.0, GmvConcentration.of(gmv("50", "30", "20")).hhi());
    }

    @ParameterizedTest(name = "one of {0} holds everything → (n − 1)/n")
    @ValueSource(ints = {1, 2, 3, 4, 10, 100, 1000})
    void oneSkuHoldingEverythingHasGiniNMinusOneOverN(int n) {
        BigDecimal[] values = new BigDecimal[n];
        Arrays.fill(values, BigDecimal.ZERO);
        values[n / 2] = new BigDecimal("999.99");
        assertEquals((n - 1) / (double) n, GmvConcentration.gini(values).doubleValue(), 1e-15);
    }

    @Test
    void allEqualHaveGiniZeroAndAllZeroHaveGiniZero() {
        assertEquals(0, GmvConcentration.gini(new BigDecimal("5"), new BigDecimal("5.00")).signum());
        assertEquals(0, GmvConcentration.gini(BigDecimal.ZERO, BigDecimal.ZERO).signum());
    }

    @Test
    void nearlyEverythingInOneActiveSkuApproachesNMinusOneOverN() {
        List<BigDecimal> values = new ArrayList<>(repeat("0.01", 99));
        values.add(new BigDecimal("1000000"));
        assertEquals(0.99, GmvConcentration.of(values).gini()); // exactly 0.989999…, rounded
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34})
    void giniMatchesTheNaiveDoubleSumOnRandomData(long seed) {
        Random random = new Random(seed);
        int n = 1 + random.nextInt(400);
        List<BigDecimal> values = randomGmv(random, n);
        double naive = naiveGini(values);

        assertEquals(naive, GmvConcentration.gini(values.toArray(BigDecimal[]::new)).doubleValue(), 1e-9);
        assertEquals(naive, GmvConcentration.of(values).gini(), ROUNDED);
        // the input order never matters
        List<BigDecimal> shuffled = new ArrayList<>(values);
        Collections.shuffle(shuffled, random);
        assertEquals(GmvConcentration.of(values), GmvConcentration.of(shuffled));
    }

    @Test
    void lorenzHasOnePointPerSkuUpToAHundred() {
        GmvConcentration c = GmvConcentration.of(gmv("4", "1", "3", "2"));
        assertEquals(List.of(
                new LorenzPoint(0, 0),
                new LorenzPoint(0.25, 0.1),
                new LorenzPoint(0.5, 0.3),
                new LorenzPoint(0.75, 0.6),
                new LorenzPoint(1, 1)), c.lorenz());
    }

    @Test
    void lorenzAboveAHundredSkusIsSampledAtEveryPercent() {
        // 75 SKUs at 1 and 75 at 3, total 300: 1 % of SKUs = 1.5 SKUs = 1.5 GMV; 51 % = 76.5 SKUs = 75 + 1.5 × 3
        List<BigDecimal> values = new ArrayList<>(repeat("1", 75));
        values.addAll(repeat("3", 75));
        List<LorenzPoint> lorenz = GmvConcentration.of(values).lorenz();

        assertEquals(GmvConcentration.MAX_LORENZ_POINTS, lorenz.size());
        assertEquals(new LorenzPoint(0.01, 0.005), lorenz.get(1));
        assertEquals(new LorenzPoint(0.5, 0.25), lorenz.get(50));
        assertEquals(new LorenzPoint(0.51, 0.265), lorenz.get(51));
        for (int k = 0; k < lorenz.size(); k++) {
            assertEquals(k / 100.0, lorenz.get(k).skuShare(), 1e-12);
        }
    }

    @ParameterizedTest(name = "{0} SKUs")
    @ValueSource(ints = {1, 2, 50, 99, 100, 101, 250, 1000, 12_345})
    void lorenzRunsFromZeroToOneUpwardsBelowTheDiagonal(int n) {
        List<LorenzPoint> lorenz = GmvConcentration.of(randomGmv(new Random(n), n)).lorenz();

        assertEquals(Math.min(n, 100) + 1, lorenz.size());
        assertTrue(lorenz.size() <= GmvConcentration.MAX_LORENZ_POINTS);
        assertEquals(new LorenzPoint(0, 0), lorenz.get(0));
        assertEquals(new LorenzPoint(1, 1), lorenz.get(lorenz.size() - 1));
        for (int k = 1; k < lorenz.size(); k++) {
            LorenzPoint previous = lorenz.get(k - 1);
            LorenzPoint point = lorenz.get(k);
            assertTrue(point.skuShare() > previous.skuShare(), "SKU share rises at " + k);
            assertTrue(point.gmvShare() >= previous.gmvShare(), "GMV share never falls at " + k);
            // ascending order: the poorest x % of SKUs never hold more than x % of GMV
            assertTrue(point.gmvShare() <= point.skuShare() + ROUNDED, "below the diagonal at " + k);
        }
    }

    @Test
    void histogramBucketsByDecadeWithoutGaps() {
        GmvConcentration c = GmvConcentration.of(gmv("0.05", "0.5", "5", "9.99", "10", "100", "5000"));

        assertEquals(List.of(
                new HistogramBucket(new BigDecimal("0.01"), new BigDecimal("0.1"), 1, new BigDecimal("0.05")),
                new HistogramBucket(new BigDecimal("0.1"), new BigDecimal("1"), 1, new BigDecimal("0.5")),
                new HistogramBucket(new BigDecimal("1"), new BigDecimal("10"), 2, new BigDecimal("14.99")),
                new HistogramBucket(new BigDecimal("10"), new BigDecimal("100"), 1, new BigDecimal("10")),
                new HistogramBucket(new BigDecimal("100"), new BigDecimal("1000"), 1, new BigDecimal("100")),
                new HistogramBucket(new BigDecimal("1000"), new BigDecimal("10000"), 1, new BigDecimal("5000"))),
                c.histogram());
    }

    @Test
    void histogramKeepsEmptyDecadesBetweenOccupiedOnes() {
        List<HistogramBucket> histogram = GmvConcentration.of(gmv("5", "50000")).histogram();
        assertEquals(List.of(1, 0, 0, 0, 1), histogram.stream().map(HistogramBucket::skus).toList());
        assertEquals("10000", histogram.get(4).lowerInclusive().toPlainString());
    }

    @Test
    void histogramAccountsForEverySkuAndAllGmv() {
        List<BigDecimal> values = randomGmv(new Random(42), 5_000);
        GmvConcentration c = GmvConcentration.of(values);
        assertEquals(c.activeSkus(), c.histogram().stream().mapToInt(HistogramBucket::skus).sum());
        assertEquals(0, c.gmv().compareTo(
                c.histogram().stream().map(HistogramBucket::gmv).reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    @ParameterizedTest(name = "decade of {0} is {1}")
    @CsvSource({"1, 0", "9.99, 0", "10, 1", "10.00, 1", "123.45, 2", "1E+3, 3", "0.010, -2", "0.0099, -3"})
    void decadeIsTheFloorOfLog10(BigDecimal value, int expected) {
        assertEquals(expected, GmvConcentration.decade(value));
    }

    @ParameterizedTest(name = "top SKU {0} of 100 → {1}")
    @CsvSource({
            "95,  OVER_CONCENTRATED",
            "91,  OVER_CONCENTRATED",
            "85,  WARNING",
            "80,  HEALTHY",
            "1,   HEALTHY",
    })
    void statusComesFromTheTopOnePercent(int topSkuPercent, ConcentrationStatus expected) {
        // 100 SKUs: the top one holds topSkuPercent % of GMV, 99 others share the rest equally
        List<BigDecimal> values = new ArrayList<>(repeat(String.valueOf(100 - topSkuPercent), 99));
        values.add(BigDecimal.valueOf(99L * topSkuPercent));
        GmvConcentration c = GmvConcentration.of(values);

        assertEquals(topSkuPercent / 100.0, c.top1PctShare());
        assertEquals(expected, c.status());
    }

    @Test
    void exactlyNinetyPercentIsNotOverConcentrated() {
        List<BigDecimal> values = new ArrayList<>(repeat("1", 99));
        values.add(new BigDecimal("891")); // 891 / 990 = 0.9
        GmvConcentration c = GmvConcentration.of(values);
        assertEquals(0.9, c.top1PctShare());
        assertEquals(ConcentrationStatus.WARNING, c.status());
    }

    @Test
    void statusUsesTheGivenThresholds() {
        List<BigDecimal> values = new ArrayList<>(repeat("1", 99));
        values.add(new BigDecimal("99")); // top 1 % holds 0.5
        assertEquals(ConcentrationStatus.HEALTHY, GmvConcentration.of(values).status());
        assertEquals(ConcentrationStatus.OVER_CONCENTRATED,
                GmvConcentration.of(values, new ConcentrationThresholds(0.3, 0.4, 0.05)).status());
    }

    @Test
    void nullGmvIsRefused() {
        List<BigDecimal> withNull = new ArrayList<>(gmv("1"));
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> GmvConcentration.of(withNull));
    }
}

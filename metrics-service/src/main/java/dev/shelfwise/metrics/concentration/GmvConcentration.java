package dev.shelfwise.metrics.concentration;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How concentrated GMV is over the active SKUs of a window (a running promotion, or the trailing 24 h).
 *
 * <p>Conventions:
 * <ul>
 *   <li>Active SKU: net GMV &gt; 0 in the window; the others are left out of every figure.</li>
 *   <li>Top shares: the k SKUs with the most GMV, for k = 1, 10 (all of them when fewer),
 *       ⌈1 % · n⌉ and ⌈10 % · n⌉ (at least one, see {@link #topCount}).</li>
 *   <li>Gini, population form: {@code Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² x̄)}, computed in O(n log n) as
 *       {@code Σᵢ (2i − n − 1) x₍ᵢ₎ / (n Σ x)} over the ascending order statistics; 0 = all equal,
 *       (n − 1)/n = one SKU holds everything.</li>
 *   <li>HHI: {@code Σ (100 · shareᵢ)²} on the 0–10,000 scale (above 2,500 is "highly concentrated").</li>
 *   <li>Lorenz curve: from [0, 0] to [1, 1], SKUs ascending by GMV; one point per SKU when n ≤ 100, otherwise
 *       {@value #MAX_LORENZ_POINTS} points at SKU fractions 0, 0.01, …, 1, read off the exact piecewise-linear
 *       curve.</li>
 *   <li>Histogram: power-of-ten buckets ([1, 10), [10, 100), …, also below 1), from the lowest to the highest
 *       occupied decade with the empty ones in between. GMV per SKU spans orders of magnitude, so equal-width
 *       buckets would put nearly every SKU in the first one; decades need no tuning whatever the currency.</li>
 *   <li>Rounding: shares, Gini and Lorenz coordinates are computed exactly in {@link BigDecimal} and rounded half-up
 *       to {@value #SHARE_SCALE} decimals once; HHI to {@value #HHI_SCALE} decimals. The status is judged on the
 *       rounded top-1 % share, so the figure shown and the status never disagree.</li>
 *   <li>No active SKU: every figure is zero, the Lorenz curve is the equality line [[0, 0], [1, 1]], the histogram
 *       is empty and the status healthy.</li>
 * </ul>
 */
public record GmvConcentration(
        int activeSkus,
        BigDecimal gmv,
        double top1Share,
        double top10Share,
        double top1PctShare,
        double top10PctShare,
        double gini,
        double hhi,
        List<LorenzPoint> lorenz,
        List<HistogramBucket> histogram,
        ConcentrationStatus status) {

    /** Decimals of shares, Gini and Lorenz coordinates. */
    public static final int SHARE_SCALE = 4;
    /** Decimals of the HHI. */
    public static final int HHI_SCALE = 2;
    /** At most this many Lorenz points: SKU fractions 0, 1 %, …, 100 %. */
    public static final int MAX_LORENZ_POINTS = 101;
    /** The "top 10 SKUs" of the report. */
    public static final int TOP_SKUS = 10;
    /** The narrow top percentile: over-concentration is judged on it. */
    public static final int TOP_PERCENT_NARROW = 1;
    /** The wide top percentile. */
    public static final int TOP_PERCENT_WIDE = 10;
    /** The HHI of a single SKU holding everything: (100 · 1)². */
    public static final int HHI_MAX = 10_000;

    private static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    private static final int PERCENT = 100;
    private static final int LORENZ_STEPS = MAX_LORENZ_POINTS - 1;
    private static final BigDecimal HHI_SCALE_FACTOR = BigDecimal.valueOf(HHI_MAX);

    public GmvConcentration {
        Objects.requireNonNull(gmv, "gmv");
        lorenz = List.copyOf(lorenz);
        histogram = List.copyOf(histogram);
        Objects.requireNonNull(status, "status");
    }

    /** Measures with the default thresholds. */
    public static GmvConcentration of(Collection<BigDecimal> skuGmv) {
        return of(skuGmv, ConcentrationThresholds.DEFAULTS);
    }

    /**
     * Measures the concentration of per-SKU net GMV values (one per SKU; values ≤ 0 are inactive SKUs and ignored).
     */
    public static GmvConcentration of(Collection<BigDecimal> skuGmv, ConcentrationThresholds thresholds) {
        BigDecimal[] ascending = skuGmv.stream()
                .map(value -> Objects.requireNonNull(value, "SKU GMV"))
                .filter(value -> value.signum() > 0)
                .sorted()
                .toArray(BigDecimal[]::new);
        int n = ascending.length;
        if (n == 0) {
            return new GmvConcentration(0, BigDecimal.ZERO, 0, 0, 0, 0, 0, 0,
                    List.of(new LorenzPoint(0, 0), new LorenzPoint(1, 1)), List.of(), ConcentrationStatus.HEALTHY);
        }
        BigDecimal[] cumulative = cumulative(ascending);
        BigDecimal total = cumulative[n];
        double top1PctShare = topShare(cumulative, topCount(n, TOP_PERCENT_NARROW));
        return new GmvConcentration(
                n,
                total,
                topShare(cumulative, 1),
                topShare(cumulative, Math.min(TOP_SKUS, n)),
                top1PctShare,
                topShare(cumulative, topCount(n, TOP_PERCENT_WIDE)),
                giniNumerator(ascending).divide(BigDecimal.valueOf(n).multiply(total), SHARE_SCALE, ROUNDING)
                        .doubleValue(),
                hhi(ascending, total),
                lorenz(ascending, cumulative),
                histogram(ascending),
                thresholds.statusOf(top1PctShare));
    }

    /**
     * How many SKUs make the top {@code percent} % of {@code activeSkus}: ⌈percent · n / 100⌉, at least one when
     * there is any SKU (so 1 % of 1, 99 or 100 SKUs is 1 SKU; of 101 SKUs, 2; of 250, 3).
     */
    public static int topCount(int activeSkus, int percent) {
        if (activeSkus < 0 || percent < 0 || percent > PERCENT) {
            throw new IllegalArgumentException("need activeSkus ≥ 0 and 0 ≤ percent ≤ 100, were " + activeSkus
                    + " and " + percent);
        }
        if (activeSkus == 0) {
            return 0;
        }
        long ceiling = ((long) activeSkus * percent + PERCENT - 1) / PERCENT;
        return (int) Math.max(1, ceiling);
    }

    /** Unrounded Gini of non-negative values (zeros included, unlike the report); 0 when they sum to zero. */
    static BigDecimal gini(BigDecimal... values) {
        BigDecimal[] ascending = values.clone();
        Arrays.sort(ascending);
        BigDecimal total = Arrays.stream(ascending).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return giniNumerator(ascending)
                .divide(BigDecimal.valueOf(ascending.length).multiply(total), MathContext.DECIMAL128);
    }

    /**
     * {@code Σᵢ (2i − n − 1) x₍ᵢ₎} with 1-based i over ascending values. Each x₍ᵢ₎ is larger than the i − 1 values
     * before it and smaller than the n − i after it, so it contributes (i − 1) − (n − i) times to Σᵢ<ⱼ |xᵢ − xⱼ|;
     * this is half the double sum, exactly.
     */
    private static BigDecimal giniNumerator(BigDecimal[] ascending) {
        int n = ascending.length;
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 1; i <= n; i++) {
            sum = sum.add(ascending[i - 1].multiply(BigDecimal.valueOf(2L * i - n - 1)));
        }
        return sum;
    }

    /** cumulative[k] = sum of the k smallest values; cumulative[n] = total. */
    private static BigDecimal[] cumulative(BigDecimal[] ascending) {
        BigDecimal[] cumulative = new BigDecimal[ascending.length + 1];
        cumulative[0] = BigDecimal.ZERO;
        for (int i = 0; i < ascending.length; i++) {
            cumulative[i + 1] = cumulative[i].add(ascending[i]);
        }
        return cumulative;
    }

    /** Share of the k largest values: everything but the n − k smallest. */
    private static double topShare(BigDecimal[] cumulative, int k) {
        int n = cumulative.length - 1;
        BigDecimal total = cumulative[n];
        return share(total.subtract(cumulative[n - k]), total);
    }

    private static double share(BigDecimal part, BigDecimal whole) {
        return part.divide(whole, SHARE_SCALE, ROUNDING).doubleValue();
    }

    private static double hhi(BigDecimal[] ascending, BigDecimal total) {
        BigDecimal sumOfSquares = Arrays.stream(ascending)
                .map(value -> value.multiply(value))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return HHI_SCALE_FACTOR.multiply(sumOfSquares)
                .divide(total.multiply(total), HHI_SCALE, ROUNDING)
                .doubleValue();
    }

    private static List<LorenzPoint> lorenz(BigDecimal[] ascending, BigDecimal[] cumulative) {
        int n = ascending.length;
        BigDecimal total = cumulative[n];
        List<LorenzPoint> points = new ArrayList<>(Math.min(n, LORENZ_STEPS) + 1);
        if (n <= LORENZ_STEPS) {
            for (int k = 0; k <= n; k++) {
                points.add(new LorenzPoint(share(BigDecimal.valueOf(k), BigDecimal.valueOf(n)),
                        share(cumulative[k], total)));
            }
            return points;
        }
        for (int step = 0; step <= LORENZ_STEPS; step++) {
            // the SKU fraction step/100 covers step·n/100 SKUs: whole ones plus a part of the next one
            long skusTimesSteps = (long) step * n;
            int wholeSkus = (int) (skusTimesSteps / LORENZ_STEPS);
            long remainder = skusTimesSteps % LORENZ_STEPS;
            BigDecimal gmv = cumulative[wholeSkus];
            if (remainder > 0) {
                gmv = gmv.add(ascending[wholeSkus].multiply(BigDecimal.valueOf(remainder))
                        .divide(BigDecimal.valueOf(LORENZ_STEPS)));
            }
            points.add(new LorenzPoint(share(BigDecimal.valueOf(step), BigDecimal.valueOf(LORENZ_STEPS)),
                    share(gmv, total)));
        }
        return points;
    }

    private static List<HistogramBucket> histogram(BigDecimal[] ascending) {
        TreeMap<Integer, BigDecimal[]> byDecade = new TreeMap<>(); // decade → {skus, gmv}
        for (BigDecimal value : ascending) {
            BigDecimal[] bucket = byDecade.computeIfAbsent(decade(value),
                    d -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            bucket[0] = bucket[0].add(BigDecimal.ONE);
            bucket[1] = bucket[1].add(value);
        }
        List<HistogramBucket> buckets = new ArrayList<>();
        for (int d = byDecade.firstKey(); d <= byDecade.lastKey(); d++) {
            BigDecimal[] bucket = byDecade.getOrDefault(d, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            buckets.add(new HistogramBucket(BigDecimal.ONE.movePointRight(d), BigDecimal.ONE.movePointRight(d + 1),
                    bucket[0].intValueExact(), bucket[1]));
        }
        return buckets;
    }

    /** ⌊log₁₀ value⌋ of a positive value, exactly: the number of digits before the decimal point, minus one. */
    static int decade(BigDecimal value) {
        return value.precision() - value.scale() - 1;
    }
}

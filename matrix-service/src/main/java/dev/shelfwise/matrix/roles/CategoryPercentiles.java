package dev.shelfwise.matrix.roles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The distribution of each {@link Metric#distributed() distributed} metric within one category, over the SKUs with a
 * known value (a SKU with no traffic data is left out of the views distribution, not counted as zero), and the
 * category's prices for the "similar priced SKUs" count of the profit rule.
 *
 * <p><b>Percentile definition: nearest rank.</b> For the n known values sorted ascending, {@code P(p)} is the value at
 * 1-based rank {@code ⌈p · n / 100⌉}: the smallest observed value such that at least p % of the values are ≤ it.
 * It is always an observed value, so "≥ P90" in a category of 10 SKUs keeps the top two, and a SKU exactly at the
 * percentile passes a "≥" or "≤" test. Example: values 15, 20, 35, 40, 50 give P25 = 20, P50 = 35, P90 = 50.
 * With no known value the percentile is null.
 */
public final class CategoryPercentiles {

    private final String category;
    private final Map<Metric, List<BigDecimal>> sortedValues;
    private final Map<String, BigDecimal> priceBySku;
    /** Every SKU's price, ascending: a price band is counted with two binary searches, not a pass per SKU. */
    private final List<BigDecimal> sortedPrices;

    /**
     * @param category   the category
     * @param values     known values per distributed metric (any order; nulls are not allowed)
     * @param priceBySku the promotion price of each SKU of the category
     */
    public CategoryPercentiles(String category, Map<Metric, ? extends Collection<BigDecimal>> values,
                               Map<String, BigDecimal> priceBySku) {
        this.category = Objects.requireNonNull(category, "category");
        Map<Metric, List<BigDecimal>> sorted = new EnumMap<>(Metric.class);
        values.forEach((metric, metricValues) -> {
            if (!metric.distributed()) {
                throw new IllegalArgumentException(metric + " has no per-category distribution");
            }
            List<BigDecimal> copy = new ArrayList<>(metricValues);
            copy.forEach(value -> Objects.requireNonNull(value, "null value for " + metric));
            copy.sort(null);
            sorted.put(metric, List.copyOf(copy));
        });
        this.sortedValues = sorted;
        this.priceBySku = Map.copyOf(priceBySku);
        List<BigDecimal> prices = new ArrayList<>(this.priceBySku.values());
        prices.sort(null);
        this.sortedPrices = List.copyOf(prices);
    }

    /** The distributions of one category's SKUs; every SKU must belong to {@code category}. */
    public static CategoryPercentiles of(String category, Collection<ProductFacts> products) {
        Map<Metric, List<BigDecimal>> values = new EnumMap<>(Metric.class);
        Map<String, BigDecimal> prices = new HashMap<>();
        for (Metric metric : Metric.values()) {
            if (metric.distributed()) {
                values.put(metric, new ArrayList<>());
            }
        }
        for (ProductFacts product : products) {
            if (!product.category().equals(category)) {
                throw new IllegalArgumentException(product.sku() + " is in " + product.category() + ", not " + category);
            }
            if (prices.put(product.sku(), product.price()) != null) {
                throw new IllegalArgumentException("duplicate SKU " + product.sku());
            }
            values.forEach((metric, list) -> {
                BigDecimal value = metric.valueOf(product);
                if (value != null) {
                    list.add(value);
                }
            });
        }
        return new CategoryPercentiles(category, values, prices);
    }

    /** Nearest-rank percentile of ascending {@code sorted} values; null when empty. {@code p} in 1..100. */
    public static BigDecimal nearestRank(List<BigDecimal> sorted, int p) {
        requirePercentile(p);
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (p * sorted.size() + 99) / 100; // ⌈p·n/100⌉ in integers, ≥ 1 since p ≥ 1 and n ≥ 1
        return sorted.get(rank - 1);
    }

    static void requirePercentile(int p) {
        if (p < 1 || p > 100) {
            throw new IllegalArgumentException("percentile must be within 1..100: " + p);
        }
    }

    public String category() {
        return category;
    }

    /** P(p) of the metric within the category; null when no SKU of the category has a value for it. */
    public BigDecimal percentile(Metric metric, int p) {
        return nearestRank(sortedValues.getOrDefault(metric, List.of()), p);
    }

    /** How many SKUs of the category have a known value for the metric. */
    public int sampleSize(Metric metric) {
        return sortedValues.getOrDefault(metric, List.of()).size();
    }

    /**
     * How many <em>other</em> SKUs of the category have a price within {@code ±band} of {@code price} (bounds
     * included): {@code price · (1 − band) ≤ other ≤ price · (1 + band)}.
     */
    public int similarPricedCount(String sku, BigDecimal price, BigDecimal band) {
        BigDecimal low = price.multiply(BigDecimal.ONE.subtract(band));
        BigDecimal high = price.multiply(BigDecimal.ONE.add(band));
        int inBand = pricesBelow(high, true) - pricesBelow(low, false);
        BigDecimal own = priceBySku.get(sku);
        boolean ownInBand = own != null && own.compareTo(low) >= 0 && own.compareTo(high) <= 0;
        return Math.max(0, inBand - (ownInBand ? 1 : 0));
    }

    /** How many prices are below {@code bound}, or at most {@code bound} when {@code inclusive}: a binary search. */
    private int pricesBelow(BigDecimal bound, boolean inclusive) {
        int from = 0;
        int to = sortedPrices.size();
        while (from < to) {
            int middle = (from + to) >>> 1;
            int order = sortedPrices.get(middle).compareTo(bound);
            if (order < 0 || inclusive && order == 0) {
                from = middle + 1;
            } else {
                to = middle;
            }
        }
        return from;
    }
}

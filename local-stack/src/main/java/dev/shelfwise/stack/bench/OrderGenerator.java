package dev.shelfwise.stack.bench;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic orders for the benchmarks, deterministic for a seed: order number {@code n} is always the same order,
 * whichever thread generates it and in whichever sequence, so generation parallelises and a run is reproducible.
 *
 * <p>The shop: 50 categories with seasonal demand, {@code skus} SKUs spread over them with a power-law popularity
 * inside each category, {@code customers} customers who join over the year (the active pool grows with time, so
 * first orders keep arriving) and mostly stay in a favourite category, orders of 1–5 lines (25 % of lines from
 * another category), weekends 20 % busier and a three-day sale around 11 November (five times the demand, 10–30 %
 * discounts). Orders are spread over {@code days} days from {@code firstDay} in time order, like a live stream.
 * A line's JSON is ~80 bytes; an order with ~2.2 lines on average is ~300 bytes.
 */
public final class OrderGenerator {
    /** Fifty realistic category names (slugs as a platform would send them). */
    public static final List<String> CATEGORIES = List.of(
            "books", "toys", "beauty", "electronics", "grocery", "sports", "home", "maternal-child", "fashion-women",
            "fashion-men", "shoes", "bags", "jewelry", "watches", "phones", "computers", "cameras", "audio", "gaming",
            "appliances", "kitchen", "furniture", "bedding", "lighting", "garden", "tools", "automotive", "pet",
            "health", "personal-care", "baby-food", "snacks", "beverages", "wine", "coffee-tea", "office", "stationery",
            "music", "movies", "outdoor", "cycling", "fitness", "swimwear", "lingerie", "kids-fashion", "luggage",
            "crafts", "party", "smart-home", "software");
    private static final int PEAK_MONTH_SHIFT = 7;
    private static final double CROSS_CATEGORY_LINE_RATE = 0.25;
    private static final double FAVOURITE_RATE = 0.7;
    private static final double SALE_LIFT = 5.0;

    private final long seed;
    private final int skusPerCategory;
    private final int customers;
    private final LocalDate firstDay;
    private final int days;
    private final long total;
    private final String idPrefix;
    private final double[] cumulativeDay;
    /** Demand of each category in each month (seasonality), and its cumulative form per month. */
    private final double[][] cumulativeCategory = new double[12][];

    /**
     * @param total    how many orders the stream holds (spreads them over the days; order {@code n < total})
     * @param idPrefix prefix of order ids, so two runs on one broker never collide
     */
    public OrderGenerator(long seed, int skus, int customers, LocalDate firstDay, int days, long total, String idPrefix) {
        this.seed = seed;
        this.skusPerCategory = Math.max(1, skus / CATEGORIES.size());
        this.customers = Math.max(1, customers);
        this.firstDay = firstDay;
        this.days = Math.max(1, days);
        this.total = Math.max(1, total);
        this.idPrefix = idPrefix;
        this.cumulativeDay = new double[this.days];
        double sum = 0;
        for (int d = 0; d < this.days; d++) {
            LocalDate date = firstDay.plusDays(d);
            double weight = date.getDayOfWeek().getValue() >= 6 ? 1.2 : 1.0;
            if (date.getMonthValue() == 11 && date.getDayOfMonth() >= 9 && date.getDayOfMonth() <= 11) {
                weight *= SALE_LIFT;
            }
            sum += weight;
            cumulativeDay[d] = sum;
        }
        for (int d = 0; d < this.days; d++) {
            cumulativeDay[d] /= sum;
        }
        for (int month = 0; month < 12; month++) {
            double[] cumulative = new double[CATEGORIES.size()];
            double running = 0;
            for (int c = 0; c < CATEGORIES.size(); c++) {
                // each category peaks in its own month; some categories are much bigger than others
                double size = 0.3 + ((c * 7919L) % 17) / 8.0;
                double season = 1 + 0.5 * Math.cos(2 * Math.PI * (month - (c * PEAK_MONTH_SHIFT) % 12) / 12.0);
                running += size * season;
                cumulative[c] = running;
            }
            for (int c = 0; c < cumulative.length; c++) {
                cumulative[c] /= running;
            }
            cumulativeCategory[month] = cumulative;
        }
    }

    /** One generated order: its id, the customer (the Kafka key) and its JSON. */
    public record Order(String orderId, String customerId, String json) {
    }

    public long total() {
        return total;
    }

    public int skuCount() {
        return skusPerCategory * CATEGORIES.size();
    }

    /** The day order {@code n} falls on. */
    public LocalDate dayOf(long n) {
        double position = (n + 0.5) / total;
        int low = 0;
        int high = days - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulativeDay[mid] < position) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return firstDay.plusDays(low);
    }

    /**
     * Order {@code n} as JSON.
     *
     * @param platform  the platform field (as on the topic), or null to leave it to the token (as over HTTP)
     * @param placedAt  when it was placed, or null for its place in the generated year
     */
    public Order order(long n, String platform, OffsetDateTime placedAt) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n);
        LocalDate day = placedAt == null ? dayOf(n) : placedAt.toLocalDate();
        boolean sale = day.getMonthValue() == 11 && day.getDayOfMonth() >= 9 && day.getDayOfMonth() <= 11;
        // the customer pool grows over the year: early on few customers exist, later up to all of them
        long active = Math.max(1000, (long) ((double) customers * (n + 1) / total));
        int customer = (int) (random.nextLong(Math.min(active, customers)));
        int favourite = (int) (mix(seed ^ customer) % CATEGORIES.size());
        int month = day.getMonthValue() - 1;
        int main = random.nextDouble() < FAVOURITE_RATE ? favourite : pickCategory(month, random);
        int lineCount = lineCount(random);
        String orderId = idPrefix + n;
        String customerId = "C-" + customer;
        StringBuilder json = new StringBuilder(120 + 90 * lineCount);
        json.append("{\"orderId\":\"").append(orderId).append('"');
        if (platform != null) {
            json.append(",\"platform\":\"").append(platform).append('"');
        }
        OffsetDateTime at = placedAt != null ? placedAt
                : day.atTime(7 + random.nextInt(16), random.nextInt(60), random.nextInt(60)).atOffset(ZoneOffset.UTC);
        json.append(",\"customerId\":\"").append(customerId)
                .append("\",\"placedAt\":\"").append(at)
                .append("\",\"currency\":\"USD\",\"channel\":\"")
                .append(random.nextDouble() < 0.1 ? "onsite:coupon" : random.nextDouble() < 0.05 ? "ads:bench-" + CATEGORIES.get(main) : "onsite")
                .append("\",\"lines\":[");
        List<Integer> chosen = new ArrayList<>(lineCount);
        for (int l = 0; l < lineCount; l++) {
            int category = random.nextDouble() < CROSS_CATEGORY_LINE_RATE ? pickCategory(month, random) : main;
            int sku = pickSku(category, random);
            if (chosen.contains(sku)) {
                continue; // one line per SKU, as order-ingest requires
            }
            chosen.add(sku);
            long priceCents = priceCents(sku);
            long costCents = unitCostCents(sku);
            int quantity = random.nextDouble() < 0.8 ? 1 : 2 + random.nextInt(2);
            if (chosen.size() > 1) {
                json.append(',');
            }
            json.append("{\"sku\":\"").append(skuId(sku)).append("\",\"category\":\"").append(CATEGORIES.get(category))
                    .append("\",\"quantity\":").append(quantity)
                    .append(",\"unitPrice\":").append(money(priceCents))
                    .append(",\"unitCost\":").append(money(costCents));
            if (sale) {
                long discount = priceCents * quantity * (10 + random.nextInt(21)) / 100;
                json.append(",\"discount\":").append(money(discount));
            }
            json.append('}');
        }
        json.append("]}");
        return new Order(orderId, customerId, json.toString());
    }

    /** The SKU id of SKU index {@code sku} (category-major). */
    public String skuId(int sku) {
        return "SK" + (sku / skusPerCategory) + "-" + (sku % skusPerCategory);
    }

    public String categoryOf(int sku) {
        return CATEGORIES.get(sku / skusPerCategory);
    }

    /** List price of a SKU in cents: each category has its own price band. */
    public long priceCents(int sku) {
        int category = sku / skusPerCategory;
        long low = 300 + (category % 10) * 400L;
        long high = low * (4 + category % 7);
        return low + mix(sku * 0x5DEECE66DL + seed) % (high - low);
    }

    public long unitCostCents(int sku) {
        return priceCents(sku) * (35 + mix(sku * 31L + seed) % 40) / 100;
    }

    private int pickCategory(int month, SplittableRandom random) {
        double pick = random.nextDouble();
        double[] cumulative = cumulativeCategory[month];
        for (int c = 0; c < cumulative.length; c++) {
            if (pick <= cumulative[c]) {
                return c;
            }
        }
        return cumulative.length - 1;
    }

    private int pickSku(int category, SplittableRandom random) {
        // a few best sellers, a long tail
        int rank = (int) (skusPerCategory * Math.pow(random.nextDouble(), 3));
        return category * skusPerCategory + Math.min(rank, skusPerCategory - 1);
    }

    private static int lineCount(SplittableRandom random) {
        double pick = random.nextDouble();
        return pick < 0.35 ? 1 : pick < 0.65 ? 2 : pick < 0.85 ? 3 : pick < 0.95 ? 4 : 5;
    }

    static String money(long cents) {
        long whole = cents / 100;
        long fraction = cents % 100;
        return whole + (fraction < 10 ? ".0" : ".") + fraction;
    }

    /** A non-negative 64-bit mix (SplitMix64's finaliser). */
    static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }
}

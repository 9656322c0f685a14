package dev.shelfwise.matrix.roles;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the rule engine knows about one active SKU of a promotion. Figures are over the statistics window
 * (default trailing 30 days). Everything but the SKU, its category and its list price may be unknown (null); a
 * rule that needs an unknown figure reports {@code passed: null, "no data"} instead of assuming a value.
 *
 * @param sku                 the SKU
 * @param category            its category; percentiles are taken within it
 * @param listPrice           catalog list price, positive
 * @param promoPrice          the promotion price; null when the SKU sells at list price
 * @param unitCost            unit cost; null when unknown (margin unknown)
 * @param gmv                 sales net of refunds; zero when there were no sales, null when unknown
 * @param units               units sold
 * @param orders              orders containing the SKU
 * @param views               product page views; null when there is no traffic data
 * @param searchImpressions   search impressions; null when there is no traffic data
 * @param rating              average rating; null when not rated
 * @param reviewCount         number of reviews; null when unknown
 * @param launchedOn          launch date (shop time zone); null when unknown
 * @param tags                catalog tags (exclusive, co-branded, ip, gift-box, flagship, …); absent means none
 * @param inventoryAgeDays    age of the stock on hand in days; null when unknown
 * @param weeksOfCover        on hand / average weekly units; null when unknown. A caller with stock but no sales
 *                            passes a large number (the cover is unbounded), not null
 * @param boughtTogetherLift  lift of "bought together" per partner SKU (pairs kept above a support floor); null when
 *                            there is no basket data at all, empty when no pair reached the floor
 */
public record ProductFacts(String sku, String category, BigDecimal listPrice, BigDecimal promoPrice,
                           BigDecimal unitCost, BigDecimal gmv, Long units, Long orders, Long views,
                           Long searchImpressions, BigDecimal rating, Integer reviewCount, LocalDate launchedOn,
                           Set<String> tags, Integer inventoryAgeDays, BigDecimal weeksOfCover,
                           Map<String, BigDecimal> boughtTogetherLift) {

    static final MathContext RATIO = MathContext.DECIMAL64;

    public ProductFacts {
        requireText(sku, "sku");
        requireText(category, "category");
        Objects.requireNonNull(listPrice, "listPrice");
        if (listPrice.signum() <= 0) {
            throw new IllegalArgumentException("listPrice must be positive: " + sku);
        }
        if (promoPrice != null && promoPrice.signum() <= 0) {
            throw new IllegalArgumentException("promoPrice must be positive: " + sku);
        }
        requireNonNegative(unitCost, "unitCost", sku);
        requireNonNegative(gmv, "gmv", sku);
        requireNonNegative(units, "units", sku);
        requireNonNegative(orders, "orders", sku);
        requireNonNegative(views, "views", sku);
        requireNonNegative(searchImpressions, "searchImpressions", sku);
        requireNonNegative(rating, "rating", sku);
        requireNonNegative(reviewCount == null ? null : reviewCount.longValue(), "reviewCount", sku);
        requireNonNegative(inventoryAgeDays == null ? null : inventoryAgeDays.longValue(), "inventoryAgeDays", sku);
        requireNonNegative(weeksOfCover, "weeksOfCover", sku);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        boughtTogetherLift = boughtTogetherLift == null ? null : Map.copyOf(boughtTogetherLift);
    }

    /** A builder with the required fields; everything else starts unknown. */
    public static Builder builder(String sku, String category, BigDecimal listPrice) {
        return new Builder(sku, category, listPrice);
    }

    /** The price the shopper pays in the promotion: the promotion price when set, else the list price. */
    public BigDecimal price() {
        return promoPrice != null ? promoPrice : listPrice;
    }

    /** promotion price / list price; 1 when there is no promotion price (the SKU sells at list price). */
    public BigDecimal promoPriceRatio() {
        return promoPrice == null ? BigDecimal.ONE : promoPrice.divide(listPrice, RATIO);
    }

    /** (price − unit cost) / price at the promotion price; null when the unit cost is unknown. */
    public BigDecimal margin() {
        if (unitCost == null) {
            return null;
        }
        BigDecimal price = price();
        return price.subtract(unitCost).divide(price, RATIO);
    }

    /** orders / views; null when views or orders are unknown or there were no views (conversion undefined). */
    public BigDecimal conversion() {
        if (views == null || orders == null || views == 0) {
            return null;
        }
        return BigDecimal.valueOf(orders).divide(BigDecimal.valueOf(views), RATIO);
    }

    /** Days from launch to {@code asOf} (negative when not launched yet); null when the launch date is unknown. */
    public Long daysSinceLaunch(LocalDate asOf) {
        return launchedOn == null ? null : ChronoUnit.DAYS.between(launchedOn, asOf);
    }

    /** The tags, sorted, for display. */
    public List<String> sortedTags() {
        return List.copyOf(new TreeSet<>(tags));
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    private static void requireNonNegative(BigDecimal value, String name, String sku) {
        if (value != null && value.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + sku);
        }
    }

    private static void requireNonNegative(Long value, String name, String sku) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + sku);
        }
    }

    /** Builds {@link ProductFacts}; unset fields stay unknown. */
    public static final class Builder {
        private final String sku;
        private final String category;
        private final BigDecimal listPrice;
        private BigDecimal promoPrice;
        private BigDecimal unitCost;
        private BigDecimal gmv;
        private Long units;
        private Long orders;
        private Long views;
        private Long searchImpressions;
        private BigDecimal rating;
        private Integer reviewCount;
        private LocalDate launchedOn;
        private Set<String> tags = Set.of();
        private Integer inventoryAgeDays;
        private BigDecimal weeksOfCover;
        private Map<String, BigDecimal> boughtTogetherLift;

        private Builder(String sku, String category, BigDecimal listPrice) {
            this.sku = sku;
            this.category = category;
            this.listPrice = listPrice;
        }

        public Builder promoPrice(BigDecimal value) {
            this.promoPrice = value;
            return this;
        }

        public Builder unitCost(BigDecimal value) {
            this.unitCost = value;
            return this;
        }

        public Builder gmv(BigDecimal value) {
            this.gmv = value;
            return this;
        }

        public Builder units(Long value) {
            this.units = value;
            return this;
        }

        public Builder orders(Long value) {
            this.orders = value;
            return this;
        }

        public Builder views(Long value) {
            this.views = value;
            return this;
        }

        public Builder searchImpressions(Long value) {
            this.searchImpressions = value;
            return this;
        }

        public Builder rating(BigDecimal value) {
            this.rating = value;
            return this;
        }

        public Builder reviewCount(Integer value) {
            this.reviewCount = value;
            return this;
        }

        public Builder launchedOn(LocalDate value) {
            this.launchedOn = value;
            return this;
        }

        public Builder tags(Collection<String> value) {
            this.tags = value == null ? null : Set.copyOf(value);
            return this;
        }

        public Builder inventoryAgeDays(Integer value) {
            this.inventoryAgeDays = value;
            return this;
        }

        public Builder weeksOfCover(BigDecimal value) {
            this.weeksOfCover = value;
            return this;
        }

        public Builder boughtTogetherLift(Map<String, BigDecimal> value) {
            this.boughtTogetherLift = value;
            return this;
        }

        public ProductFacts build() {
            return new ProductFacts(sku, category, listPrice, promoPrice, unitCost, gmv, units, orders, views,
                    searchImpressions, rating, reviewCount, launchedOn, tags, inventoryAgeDays, weeksOfCover,
                    boughtTogetherLift);
        }
    }
}

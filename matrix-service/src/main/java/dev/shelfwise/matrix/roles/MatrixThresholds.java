package dev.shelfwise.matrix.roles;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Every threshold of the product matrix (DESIGN.md §7), grouped per rule, with the DESIGN defaults as named constants.
 * Percentile thresholds are integers 1..100 taken within the SKU's category ({@link CategoryPercentiles}).
 *
 * @param statsWindowDays the trailing window the SKU figures and percentiles are computed over (default 30 days);
 *                        the engine does not aggregate, it tells whoever builds {@link ProductFacts}
 * @param traffic         traffic (hook) rule
 * @param hotSelling      hot-selling rule (also the {@code hot} type)
 * @param event           event (clearance) rule
 * @param image           image rule
 * @param wordOfMouth     word-of-mouth rule
 * @param crossSell       cross-sell rule
 * @param profit          profit rule
 * @param types           {@code new} and {@code specialty} types
 * @param health          matrix health summary
 * @param priority        the seven rule roles, highest priority first; {@link Role#REGULAR} is always the fallback
 * @param presaleRoles    roles for which pre-sale is advised
 */
public record MatrixThresholds(int statsWindowDays, Traffic traffic, HotSelling hotSelling, Event event, Image image,
                               WordOfMouth wordOfMouth, CrossSell crossSell, Profit profit, Types types,
                               Health health, List<Role> priority, Set<Role> presaleRoles) {

    public static final int DEFAULT_STATS_WINDOW_DAYS = 30;
    /** traffic > hot-selling > event > image > word-of-mouth > cross-sell > profit (> regular). */
    public static final List<Role> DEFAULT_PRIORITY = List.of(Role.TRAFFIC, Role.HOT_SELLING, Role.EVENT, Role.IMAGE,
            Role.WORD_OF_MOUTH, Role.CROSS_SELL, Role.PROFIT);
    public static final Set<Role> DEFAULT_PRESALE_ROLES = Set.of(Role.TRAFFIC, Role.HOT_SELLING, Role.WORD_OF_MOUTH);

    /** The DESIGN.md §7 defaults. */
    public static final MatrixThresholds DEFAULTS = new MatrixThresholds(DEFAULT_STATS_WINDOW_DAYS, Traffic.DEFAULTS,
            HotSelling.DEFAULTS, Event.DEFAULTS, Image.DEFAULTS, WordOfMouth.DEFAULTS, CrossSell.DEFAULTS,
            Profit.DEFAULTS, Types.DEFAULTS, Health.DEFAULTS, DEFAULT_PRIORITY, DEFAULT_PRESALE_ROLES);

    public MatrixThresholds {
        if (statsWindowDays < 1) {
            throw new IllegalArgumentException("statsWindowDays must be at least 1: " + statsWindowDays);
        }
        Objects.requireNonNull(traffic, "traffic");
        Objects.requireNonNull(hotSelling, "hotSelling");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(wordOfMouth, "wordOfMouth");
        Objects.requireNonNull(crossSell, "crossSell");
        Objects.requireNonNull(profit, "profit");
        Objects.requireNonNull(types, "types");
        Objects.requireNonNull(health, "health");
        priority = List.copyOf(priority);
        Set<Role> expected = EnumSet.complementOf(EnumSet.of(Role.REGULAR));
        if (priority.size() != expected.size() || !EnumSet.copyOf(priority).equals(expected)) {
            throw new IllegalArgumentException(
                    "priority must list each of " + expected + " exactly once (regular is the fallback): " + priority);
        }
        presaleRoles = presaleRoles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(presaleRoles));
    }

    public MatrixThresholds withTraffic(Traffic value) {
        return new MatrixThresholds(statsWindowDays, value, hotSelling, event, image, wordOfMouth, crossSell, profit,
                types, health, priority, presaleRoles);
    }

    public MatrixThresholds withHotSelling(HotSelling value) {
        return new MatrixThresholds(statsWindowDays, traffic, value, event, image, wordOfMouth, crossSell, profit,
                types, health, priority, presaleRoles);
    }

    public MatrixThresholds withEvent(Event value) {
        return new MatrixThresholds(statsWindowDays, traffic, hotSelling, value, image, wordOfMouth, crossSell, profit,
                types, health, priority, presaleRoles);
    }

    public MatrixThresholds withImage(Image value) {
        return new MatrixThresholds(statsWindowDays, traffic, hotSelling, event, value, wordOfMouth, crossSell, profit,
                types, health, priority, presaleRoles);
    }

    public MatrixThresholds withWordOfMouth(WordOfMouth value) {
        return new MatrixThresholds(statsWindowDays, traffic, hotSelling, event, image, value, crossSell, profit,
                types, health, priority, presaleRoles);
    }

    public MatrixThresholds withCrossSell(CrossSell value) {
        return new MatrixThresholds(statsWindowDays, traffic, hotSelling, event, image, wordOfMouth, value, profit,
                types, health, priority, presaleRoles);
    }

    public MatrixThresholds withProfit(Profit value) {
        return new MatrixThresholds(statsWindowDays, traffic, hotSelling, event, image, wordOfMouth, crossSell, value,
                types, health, priority, presaleRoles);
    }

    public MatrixThresholds withTypes(Types value) {
        return new MatrixThresholds(statsWindowDays, traffic, hotSelling, event, image, wordOfMouth, crossSell, profit,
                value, health, priority, presaleRoles);
    }

    public MatrixThresholds withHealth(Health value) {
        return new MatrixThresholds(statsWindowDays, traffic, hotSelling, event, image, wordOfMouth, crossSell, profit,
                types, value, priority, presaleRoles);
    }

    public MatrixThresholds withPriority(List<Role> value) {
        return new MatrixThresholds(statsWindowDays, traffic, hotSelling, event, image, wordOfMouth, crossSell, profit,
                types, health, value, presaleRoles);
    }

    public MatrixThresholds withPresaleRoles(Set<Role> value) {
        return new MatrixThresholds(statsWindowDays, traffic, hotSelling, event, image, wordOfMouth, crossSell, profit,
                types, health, priority, value);
    }

    /**
     * Traffic: (promo price / list price ≤ {@code maxPromoPriceRatio} or margin &lt; {@code marginBelow}) and
     * views ≥ P{@code minViewsPercentile}.
     */
    public record Traffic(BigDecimal maxPromoPriceRatio, BigDecimal marginBelow, int minViewsPercentile) {
        public static final BigDecimal DEFAULT_MAX_PROMO_PRICE_RATIO = new BigDecimal("0.50");
        public static final BigDecimal DEFAULT_MARGIN_BELOW = new BigDecimal("0.05");
        public static final int DEFAULT_MIN_VIEWS_PERCENTILE = 75;
        public static final Traffic DEFAULTS = new Traffic(DEFAULT_MAX_PROMO_PRICE_RATIO, DEFAULT_MARGIN_BELOW,
                DEFAULT_MIN_VIEWS_PERCENTILE);

        public Traffic {
            requirePositive(maxPromoPriceRatio, "traffic.maxPromoPriceRatio");
            Objects.requireNonNull(marginBelow, "traffic.marginBelow");
            CategoryPercentiles.requirePercentile(minViewsPercentile);
        }
    }

    /**
     * Hot-selling: GMV ≥ P{@code minGmvPercentile}, conversion ≥ P{@code minConversionPercentile}, rating ≥
     * {@code minRating} when the SKU is rated, margin ≥ {@code minMargin}.
     */
    public record HotSelling(int minGmvPercentile, int minConversionPercentile, BigDecimal minRating,
                             BigDecimal minMargin) {
        public static final int DEFAULT_MIN_GMV_PERCENTILE = 90;
        public static final int DEFAULT_MIN_CONVERSION_PERCENTILE = 50;
        public static final BigDecimal DEFAULT_MIN_RATING = new BigDecimal("4.5");
        public static final BigDecimal DEFAULT_MIN_MARGIN = BigDecimal.ZERO;
        public static final HotSelling DEFAULTS = new HotSelling(DEFAULT_MIN_GMV_PERCENTILE,
                DEFAULT_MIN_CONVERSION_PERCENTILE, DEFAULT_MIN_RATING, DEFAULT_MIN_MARGIN);

        public HotSelling {
            CategoryPercentiles.requirePercentile(minGmvPercentile);
            CategoryPercentiles.requirePercentile(minConversionPercentile);
            Objects.requireNonNull(minRating, "hotSelling.minRating");
            Objects.requireNonNull(minMargin, "hotSelling.minMargin");
        }
    }

    /** Event (clearance): inventory age ≥ {@code minInventoryAgeDays} or weeks of cover ≥ {@code minWeeksOfCover}. */
    public record Event(int minInventoryAgeDays, BigDecimal minWeeksOfCover) {
        public static final int DEFAULT_MIN_INVENTORY_AGE_DAYS = 90;
        public static final BigDecimal DEFAULT_MIN_WEEKS_OF_COVER = new BigDecimal("12");
        public static final Event DEFAULTS = new Event(DEFAULT_MIN_INVENTORY_AGE_DAYS, DEFAULT_MIN_WEEKS_OF_COVER);

        public Event {
            if (minInventoryAgeDays < 0) {
                throw new IllegalArgumentException("event.minInventoryAgeDays must not be negative");
            }
            requirePositive(minWeeksOfCover, "event.minWeeksOfCover");
        }
    }

    /** Image: (price ≥ P{@code minPricePercentile} and units ≤ P{@code maxUnitsPercentile}) or tag {@code flagshipTag}. */
    public record Image(int minPricePercentile, int maxUnitsPercentile, String flagshipTag) {
        public static final int DEFAULT_MIN_PRICE_PERCENTILE = 90;
        public static final int DEFAULT_MAX_UNITS_PERCENTILE = 25;
        public static final String DEFAULT_FLAGSHIP_TAG = "flagship";
        public static final Image DEFAULTS = new Image(DEFAULT_MIN_PRICE_PERCENTILE, DEFAULT_MAX_UNITS_PERCENTILE,
                DEFAULT_FLAGSHIP_TAG);

        public Image {
            CategoryPercentiles.requirePercentile(minPricePercentile);
            CategoryPercentiles.requirePercentile(maxUnitsPercentile);
            if (flagshipTag == null || flagshipTag.isBlank()) {
                throw new IllegalArgumentException("image.flagshipTag is required");
            }
        }
    }

    /** Word-of-mouth: rating ≥ {@code minRating} and review count ≥ P{@code minReviewCountPercentile}. */
    public record WordOfMouth(BigDecimal minRating, int minReviewCountPercentile) {
        public static final BigDecimal DEFAULT_MIN_RATING = new BigDecimal("4.7");
        public static final int DEFAULT_MIN_REVIEW_COUNT_PERCENTILE = 75;
        public static final WordOfMouth DEFAULTS = new WordOfMouth(DEFAULT_MIN_RATING,
                DEFAULT_MIN_REVIEW_COUNT_PERCENTILE);

        public WordOfMouth {
            Objects.requireNonNull(minRating, "wordOfMouth.minRating");
            CategoryPercentiles.requirePercentile(minReviewCountPercentile);
        }
    }

    /**
     * Cross-sell: price ≤ P{@code maxPricePercentile} and bought together with a hot-selling or profit SKU with
     * lift ≥ {@code minLift}.
     */
    public record CrossSell(int maxPricePercentile, BigDecimal minLift) {
        public static final int DEFAULT_MAX_PRICE_PERCENTILE = 25;
        public static final BigDecimal DEFAULT_MIN_LIFT = new BigDecimal("2");
        public static final CrossSell DEFAULTS = new CrossSell(DEFAULT_MAX_PRICE_PERCENTILE, DEFAULT_MIN_LIFT);

        public CrossSell {
            CategoryPercentiles.requirePercentile(maxPricePercentile);
            requirePositive(minLift, "crossSell.minLift");
        }
    }

    /**
     * Profit: margin ≥ P{@code minMarginPercentile} and "three highs, one few": search impressions, orders and
     * conversion each ≥ their percentile, and at most {@code maxSimilarPricedSkus} other SKUs of the category within
     * ±{@code priceBand} of its price.
     */
    public record Profit(int minMarginPercentile, int minSearchImpressionsPercentile, int minOrdersPercentile,
                         int minConversionPercentile, int maxSimilarPricedSkus, BigDecimal priceBand) {
        public static final int DEFAULT_MIN_MARGIN_PERCENTILE = 60;
        public static final int DEFAULT_MIN_SEARCH_IMPRESSIONS_PERCENTILE = 60;
        public static final int DEFAULT_MIN_ORDERS_PERCENTILE = 60;
        public static final int DEFAULT_MIN_CONVERSION_PERCENTILE = 60;
        public static final int DEFAULT_MAX_SIMILAR_PRICED_SKUS = 3;
        public static final BigDecimal DEFAULT_PRICE_BAND = new BigDecimal("0.15");
        public static final Profit DEFAULTS = new Profit(DEFAULT_MIN_MARGIN_PERCENTILE,
                DEFAULT_MIN_SEARCH_IMPRESSIONS_PERCENTILE, DEFAULT_MIN_ORDERS_PERCENTILE,
                DEFAULT_MIN_CONVERSION_PERCENTILE, DEFAULT_MAX_SIMILAR_PRICED_SKUS, DEFAULT_PRICE_BAND);

        public Profit {
            CategoryPercentiles.requirePercentile(minMarginPercentile);
            CategoryPercentiles.requirePercentile(minSearchImpressionsPercentile);
            CategoryPercentiles.requirePercentile(minOrdersPercentile);
            CategoryPercentiles.requirePercentile(minConversionPercentile);
            if (maxSimilarPricedSkus < 0) {
                throw new IllegalArgumentException("profit.maxSimilarPricedSkus must not be negative");
            }
            Objects.requireNonNull(priceBand, "profit.priceBand");
            if (priceBand.signum() < 0 || priceBand.compareTo(BigDecimal.ONE) >= 0) {
                throw new IllegalArgumentException("profit.priceBand must be within [0, 1): " + priceBand);
            }
        }
    }

    /** Types: {@code new} when launched ≤ {@code newMaxDaysSinceLaunch} days ago; {@code specialty} tags. */
    public record Types(int newMaxDaysSinceLaunch, Set<String> specialtyTags) {
        public static final int DEFAULT_NEW_MAX_DAYS_SINCE_LAUNCH = 90;
        public static final Set<String> DEFAULT_SPECIALTY_TAGS = Set.of("exclusive", "co-branded", "ip", "gift-box");
        public static final Types DEFAULTS = new Types(DEFAULT_NEW_MAX_DAYS_SINCE_LAUNCH, DEFAULT_SPECIALTY_TAGS);

        public Types {
            if (newMaxDaysSinceLaunch < 0) {
                throw new IllegalArgumentException("types.newMaxDaysSinceLaunch must not be negative");
            }
            specialtyTags = Set.copyOf(specialtyTags);
        }
    }

    /** Health: warn when the profit SKUs of a core category hold less than {@code minProfitGmvShare} of its GMV. */
    public record Health(BigDecimal minProfitGmvShare) {
        public static final BigDecimal DEFAULT_MIN_PROFIT_GMV_SHARE = new BigDecimal("0.30");
        public static final Health DEFAULTS = new Health(DEFAULT_MIN_PROFIT_GMV_SHARE);

        public Health {
            Objects.requireNonNull(minProfitGmvShare, "health.minProfitGmvShare");
            if (minProfitGmvShare.signum() < 0 || minProfitGmvShare.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("health.minProfitGmvShare must be within [0, 1]");
            }
        }
    }

    private static void requirePositive(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}

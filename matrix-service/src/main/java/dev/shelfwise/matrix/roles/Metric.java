package dev.shelfwise.matrix.roles;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * The metrics the rules look at. Those with an extractor are distributed within a category, so thresholds can be
 * percentiles of them ({@link CategoryPercentiles}); the others are compared with fixed thresholds.
 */
public enum Metric {
    /** The price the shopper pays in the promotion: the promotion price when set, else the list price. */
    PRICE("price", ProductFacts::price),
    /** (price − unit cost) / price, at the promotion price. */
    MARGIN("margin", ProductFacts::margin),
    /** Sales net of refunds over the statistics window. */
    GMV("gmv", ProductFacts::gmv),
    UNITS("units", facts -> toDecimal(facts.units())),
    ORDERS("orders", facts -> toDecimal(facts.orders())),
    VIEWS("views", facts -> toDecimal(facts.views())),
    SEARCH_IMPRESSIONS("search-impressions", facts -> toDecimal(facts.searchImpressions())),
    /** orders / views. */
    CONVERSION("conversion", ProductFacts::conversion),
    REVIEW_COUNT("review-count", facts -> facts.reviewCount() == null ? null : BigDecimal.valueOf(facts.reviewCount())),
    /** promotion price / list price (1 when there is no promotion price). */
    PROMO_PRICE_RATIO("promo-price-ratio", null),
    RATING("rating", null),
    INVENTORY_AGE_DAYS("inventory-age-days", null),
    WEEKS_OF_COVER("weeks-of-cover", null),
    TAGS("tags", null),
    /** Best "bought together" lift with a hot-selling or profit SKU. */
    BOUGHT_TOGETHER_LIFT("bought-together-lift", null),
    /** Other SKUs of the category priced within the band around this SKU's price. */
    SIMILAR_PRICED_SKUS("similar-priced-skus", null),
    DAYS_SINCE_LAUNCH("days-since-launch", null);

    private final String jsonName;
    private final Function<ProductFacts, BigDecimal> extractor;

    Metric(String jsonName, Function<ProductFacts, BigDecimal> extractor) {
        this.jsonName = jsonName;
        this.extractor = extractor;
    }

    /** The kebab-case name used in reasons. */
    public String jsonName() {
        return jsonName;
    }

    /** Whether the metric has a distribution within a category, i.e. whether percentiles of it exist. */
    public boolean distributed() {
        return extractor != null;
    }

    /** The metric's value for a SKU, or null when unknown. Only for {@link #distributed()} metrics. */
    public BigDecimal valueOf(ProductFacts facts) {
        if (extractor == null) {
            throw new IllegalStateException(jsonName + " has no per-category distribution");
        }
        return extractor.apply(facts);
    }

    private static BigDecimal toDecimal(Long value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    @Override
    public String toString() {
        return jsonName;
    }
}

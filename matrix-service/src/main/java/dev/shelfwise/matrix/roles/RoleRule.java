package dev.shelfwise.matrix.roles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One rule per role of DESIGN.md §7 ({@link Role#REGULAR} has none: it is the fallback). Each rule checks all of its
 * conditions, never short-circuiting, so every condition appears among the reasons; conditions are combined with
 * three-valued logic (see {@link Conditions}): a rule left undecided by missing data does not assign its role.
 */
public enum RoleRule {

    /** (promo price ≤ 50 % of list or margin &lt; 5 %) and views ≥ P75. */
    TRAFFIC(Role.TRAFFIC) {
        @Override
        public RuleOutcome evaluate(RuleInput in) {
            MatrixThresholds.Traffic t = in.thresholds().traffic();
            String rule = role().jsonName();
            ProductFacts p = in.product();
            Reason discount = Conditions.atMost(rule, Metric.PROMO_PRICE_RATIO, p.promoPriceRatio(),
                    t.maxPromoPriceRatio(), "of list price");
            if (p.promoPrice() == null) {
                discount = discount.withNote("no promotion price: sells at list price");
            }
            Reason margin = Conditions.below(rule, Metric.MARGIN, p.margin(), t.marginBelow(), null);
            Reason views = Conditions.atLeastPercentile(rule, Metric.VIEWS, p, in.category(), t.minViewsPercentile());
            Boolean matched = Conditions.and(Conditions.or(discount.passed(), margin.passed()), views.passed());
            return new RuleOutcome(role(), matched, List.of(discount, margin, views));
        }
    },

    /** GMV ≥ P90 and conversion ≥ P50 and rating ≥ 4.5 (when rated) and margin ≥ 0. */
    HOT_SELLING(Role.HOT_SELLING) {
        @Override
        public RuleOutcome evaluate(RuleInput in) {
            MatrixThresholds.HotSelling t = in.thresholds().hotSelling();
            String rule = role().jsonName();
            ProductFacts p = in.product();
            Reason gmv = Conditions.atLeastPercentile(rule, Metric.GMV, p, in.category(), t.minGmvPercentile());
            Reason conversion = Conditions.atLeastPercentile(rule, Metric.CONVERSION, p, in.category(),
                    t.minConversionPercentile());
            Reason rating = Conditions.atLeast(rule, Metric.RATING, p.rating(), t.minRating(), null);
            // the rating is required only when known: unrated SKUs are not held back, but the reason still says so
            Boolean ratingOk = rating.passed();
            if (rating.isNoData()) {
                rating = rating.withNote(Reason.NO_DATA + "; rating is checked only when known");
                ratingOk = Boolean.TRUE;
            }
            Reason margin = Conditions.atLeast(rule, Metric.MARGIN, p.margin(), t.minMargin(), null);
            Boolean matched = Conditions.and(gmv.passed(), conversion.passed(), ratingOk, margin.passed());
            return new RuleOutcome(role(), matched, List.of(gmv, conversion, rating, margin));
        }
    },

    /** Inventory age ≥ 90 days or weeks of cover ≥ 12. */
    EVENT(Role.EVENT) {
        @Override
        public RuleOutcome evaluate(RuleInput in) {
            MatrixThresholds.Event t = in.thresholds().event();
            String rule = role().jsonName();
            ProductFacts p = in.product();
            Reason age = Conditions.atLeast(rule, Metric.INVENTORY_AGE_DAYS, decimal(p.inventoryAgeDays()),
                    BigDecimal.valueOf(t.minInventoryAgeDays()), null);
            Reason cover = Conditions.atLeast(rule, Metric.WEEKS_OF_COVER, p.weeksOfCover(), t.minWeeksOfCover(),
                    null);
            return new RuleOutcome(role(), Conditions.or(age.passed(), cover.passed()), List.of(age, cover));
        }
    },

    /** (price ≥ P90 and units ≤ P25) or tag {@code flagship}. */
    IMAGE(Role.IMAGE) {
        @Override
        public RuleOutcome evaluate(RuleInput in) {
            MatrixThresholds.Image t = in.thresholds().image();
            String rule = role().jsonName();
            ProductFacts p = in.product();
            Reason price = Conditions.atLeastPercentile(rule, Metric.PRICE, p, in.category(), t.minPricePercentile());
            Reason units = Conditions.atMostPercentile(rule, Metric.UNITS, p, in.category(), t.maxUnitsPercentile());
            Reason flagship = Reason.checked(rule, Metric.TAGS, p.sortedTags(), "contains " + t.flagshipTag(),
                    p.tags().contains(t.flagshipTag()));
            Boolean matched = Conditions.or(Conditions.and(price.passed(), units.passed()), flagship.passed());
            return new RuleOutcome(role(), matched, List.of(price, units, flagship));
        }
    },

    /** Rating ≥ 4.7 and review count ≥ P75. */
    WORD_OF_MOUTH(Role.WORD_OF_MOUTH) {
        @Override
        public RuleOutcome evaluate(RuleInput in) {
            MatrixThresholds.WordOfMouth t = in.thresholds().wordOfMouth();
            String rule = role().jsonName();
            ProductFacts p = in.product();
            Reason rating = Conditions.atLeast(rule, Metric.RATING, p.rating(), t.minRating(), null);
            Reason reviews = Conditions.atLeastPercentile(rule, Metric.REVIEW_COUNT, p, in.category(),
                    t.minReviewCountPercentile());
            return new RuleOutcome(role(), Conditions.and(rating.passed(), reviews.passed()), List.of(rating, reviews));
        }
    },

    /**
     * Price ≤ P25 and bought together with a hot-selling or profit SKU ({@link RuleInput#anchorSkus()}) with lift ≥ 2.
     * The value is the best lift over the anchors; a SKU is never its own anchor.
     */
    CROSS_SELL(Role.CROSS_SELL) {
        @Override
        public RuleOutcome evaluate(RuleInput in) {
            MatrixThresholds.CrossSell t = in.thresholds().crossSell();
            String rule = role().jsonName();
            ProductFacts p = in.product();
            Reason price = Conditions.atMostPercentile(rule, Metric.PRICE, p, in.category(), t.maxPricePercentile());
            String liftThreshold = ">= " + Conditions.format(t.minLift()) + " with a hot-selling or profit SKU";
            Reason lift;
            if (p.boughtTogetherLift() == null) {
                lift = Reason.noData(rule, Metric.BOUGHT_TOGETHER_LIFT, liftThreshold);
            } else {
                Map.Entry<String, BigDecimal> best = p.boughtTogetherLift().entrySet().stream()
                        .filter(pair -> !pair.getKey().equals(p.sku()) && in.anchorSkus().contains(pair.getKey()))
                        .max(Map.Entry.<String, BigDecimal>comparingByValue()
                                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                        .orElse(null);
                lift = best == null
                        ? new Reason(rule, Metric.BOUGHT_TOGETHER_LIFT.jsonName(), null, liftThreshold, false,
                                "not bought together with any hot-selling or profit SKU")
                        : Reason.checked(rule, Metric.BOUGHT_TOGETHER_LIFT, best.getValue(), liftThreshold,
                                best.getValue().compareTo(t.minLift()) >= 0).withNote("with " + best.getKey());
            }
            return new RuleOutcome(role(), Conditions.and(price.passed(), lift.passed()), List.of(price, lift));
        }
    },

    /**
     * Margin ≥ P60 and "three highs, one few": search impressions, orders and conversion ≥ P60, and at most 3 other
     * SKUs of the category within ±15 % of its price.
     */
    PROFIT(Role.PROFIT) {
        @Override
        public RuleOutcome evaluate(RuleInput in) {
            MatrixThresholds.Profit t = in.thresholds().profit();
            String rule = role().jsonName();
            ProductFacts p = in.product();
            CategoryPercentiles c = in.category();
            List<Reason> reasons = new ArrayList<>();
            reasons.add(Conditions.atLeastPercentile(rule, Metric.MARGIN, p, c, t.minMarginPercentile()));
            reasons.add(Conditions.atLeastPercentile(rule, Metric.SEARCH_IMPRESSIONS, p, c,
                    t.minSearchImpressionsPercentile()));
            reasons.add(Conditions.atLeastPercentile(rule, Metric.ORDERS, p, c, t.minOrdersPercentile()));
            reasons.add(Conditions.atLeastPercentile(rule, Metric.CONVERSION, p, c, t.minConversionPercentile()));
            int similar = c.similarPricedCount(p.sku(), p.price(), t.priceBand());
            reasons.add(Reason.checked(rule, Metric.SIMILAR_PRICED_SKUS, BigDecimal.valueOf(similar),
                    "<= " + t.maxSimilarPricedSkus() + " within ±"
                            + Conditions.format(t.priceBand().movePointRight(2)) + " % of price",
                    similar <= t.maxSimilarPricedSkus()));
            Boolean matched = Conditions.and(reasons.stream().map(Reason::passed).toArray(Boolean[]::new));
            return new RuleOutcome(role(), matched, reasons);
        }
    };

    private final Role role;

    RoleRule(Role role) {
        this.role = role;
    }

    /** The role this rule assigns. */
    public Role role() {
        return role;
    }

    /** Checks every condition of the rule for one SKU. */
    public abstract RuleOutcome evaluate(RuleInput input);

    /** The rule of a role; {@link Role#REGULAR} has none. */
    public static RoleRule of(Role role) {
        for (RoleRule rule : values()) {
            if (rule.role == role) {
                return rule;
            }
        }
        throw new IllegalArgumentException(role + " has no rule: it is the fallback");
    }

    private static BigDecimal decimal(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}

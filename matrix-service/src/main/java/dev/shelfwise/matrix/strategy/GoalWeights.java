package dev.shelfwise.matrix.strategy;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The weight of each factor for each goal. Weights are relative (each goal's defaults sum to 1, but any non-negative
 * weights work): a category's score divides by the total weight of the factors it has a value for.
 *
 * <p>Defaults:
 * <pre>
 *                      EC    new-cust  penetration  trend  inventory
 *   sales             0.40     0.10       0.10       0.25     0.15
 *   profit            0.15     0.05       0.35       0.35     0.10
 *   new-customers     0.20     0.45       0.15       0.10     0.10
 * </pre>
 * Sales leads with the explosion coefficient and the trend (what sells in a promotion, and what is growing); profit
 * with penetration (customers who buy across categories are worth more over time) and the trend; new customers with
 * the new-customer index. Inventory to clear is an auxiliary goal everywhere.
 */
public record GoalWeights(Map<Goal, Map<Factor, BigDecimal>> weights) {

    public static final BigDecimal SALES_EXPLOSION_COEFFICIENT = new BigDecimal("0.40");
    public static final BigDecimal SALES_NEW_CUSTOMER_INDEX = new BigDecimal("0.10");
    public static final BigDecimal SALES_CROSS_CATEGORY_PENETRATION = new BigDecimal("0.10");
    public static final BigDecimal SALES_TREND = new BigDecimal("0.25");
    public static final BigDecimal SALES_INVENTORY_TO_CLEAR = new BigDecimal("0.15");

    public static final BigDecimal PROFIT_EXPLOSION_COEFFICIENT = new BigDecimal("0.15");
    public static final BigDecimal PROFIT_NEW_CUSTOMER_INDEX = new BigDecimal("0.05");
    public static final BigDecimal PROFIT_CROSS_CATEGORY_PENETRATION = new BigDecimal("0.35");
    public static final BigDecimal PROFIT_TREND = new BigDecimal("0.35");
    public static final BigDecimal PROFIT_INVENTORY_TO_CLEAR = new BigDecimal("0.10");

    public static final BigDecimal NEW_CUSTOMERS_EXPLOSION_COEFFICIENT = new BigDecimal("0.20");
    public static final BigDecimal NEW_CUSTOMERS_NEW_CUSTOMER_INDEX = new BigDecimal("0.45");
    public static final BigDecimal NEW_CUSTOMERS_CROSS_CATEGORY_PENETRATION = new BigDecimal("0.15");
    public static final BigDecimal NEW_CUSTOMERS_TREND = new BigDecimal("0.10");
    public static final BigDecimal NEW_CUSTOMERS_INVENTORY_TO_CLEAR = new BigDecimal("0.10");

    /** The documented defaults. */
    public static final GoalWeights DEFAULTS = new GoalWeights(Map.of(
            Goal.SALES, Map.of(
                    Factor.EXPLOSION_COEFFICIENT, SALES_EXPLOSION_COEFFICIENT,
                    Factor.NEW_CUSTOMER_INDEX, SALES_NEW_CUSTOMER_INDEX,
                    Factor.CROSS_CATEGORY_PENETRATION, SALES_CROSS_CATEGORY_PENETRATION,
                    Factor.TREND, SALES_TREND,
                    Factor.INVENTORY_TO_CLEAR, SALES_INVENTORY_TO_CLEAR),
            Goal.PROFIT, Map.of(
                    Factor.EXPLOSION_COEFFICIENT, PROFIT_EXPLOSION_COEFFICIENT,
                    Factor.NEW_CUSTOMER_INDEX, PROFIT_NEW_CUSTOMER_INDEX,
                    Factor.CROSS_CATEGORY_PENETRATION, PROFIT_CROSS_CATEGORY_PENETRATION,
                    Factor.TREND, PROFIT_TREND,
                    Factor.INVENTORY_TO_CLEAR, PROFIT_INVENTORY_TO_CLEAR),
            Goal.NEW_CUSTOMERS, Map.of(
                    Factor.EXPLOSION_COEFFICIENT, NEW_CUSTOMERS_EXPLOSION_COEFFICIENT,
                    Factor.NEW_CUSTOMER_INDEX, NEW_CUSTOMERS_NEW_CUSTOMER_INDEX,
                    Factor.CROSS_CATEGORY_PENETRATION, NEW_CUSTOMERS_CROSS_CATEGORY_PENETRATION,
                    Factor.TREND, NEW_CUSTOMERS_TREND,
                    Factor.INVENTORY_TO_CLEAR, NEW_CUSTOMERS_INVENTORY_TO_CLEAR)));

    /** Every goal needs a non-negative weight for every factor, and at least one positive weight. */
    public GoalWeights {
        Map<Goal, Map<Factor, BigDecimal>> copy = new EnumMap<>(Goal.class);
        for (Goal goal : Goal.values()) {
            Map<Factor, BigDecimal> perFactor = weights.get(goal);
            if (perFactor == null) {
                throw new IllegalArgumentException("no weights for goal " + goal);
            }
            Map<Factor, BigDecimal> factorCopy = new EnumMap<>(Factor.class);
            for (Factor factor : Factor.values()) {
                BigDecimal weight = perFactor.get(factor);
                if (weight == null || weight.signum() < 0) {
                    throw new IllegalArgumentException(
                            "weight of " + factor + " for goal " + goal + " must be a non-negative number: " + weight);
                }
                factorCopy.put(factor, weight);
            }
            if (factorCopy.values().stream().allMatch(weight -> weight.signum() == 0)) {
                throw new IllegalArgumentException("goal " + goal + " needs at least one positive weight");
            }
            copy.put(goal, Collections.unmodifiableMap(factorCopy));
        }
        weights = Collections.unmodifiableMap(copy);
    }

    /** The weight of a factor for a goal. */
    public BigDecimal weight(Goal goal, Factor factor) {
        return weights.get(goal).get(factor);
    }

    /** The weights of a goal, in factor order. */
    public Map<Factor, BigDecimal> of(Goal goal) {
        return weights.get(goal);
    }

    /** A copy with one weight changed. */
    public GoalWeights with(Goal goal, Factor factor, BigDecimal weight) {
        Map<Goal, Map<Factor, BigDecimal>> copy = new EnumMap<>(Goal.class);
        weights.forEach((g, perFactor) -> copy.put(g, new EnumMap<>(perFactor)));
        copy.get(goal).put(factor, weight);
        return new GoalWeights(copy);
    }
}

package dev.shelfwise.matrix.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class GoalWeightsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "sales,         0.40, 0.10, 0.10, 0.25, 0.15",
            "profit,        0.15, 0.05, 0.35, 0.35, 0.10",
            "new-customers, 0.20, 0.45, 0.15, 0.10, 0.10",
    })
    void defaults(String goal, BigDecimal ec, BigDecimal newCustomers, BigDecimal penetration, BigDecimal trend,
                  BigDecimal inventory) {
        Goal g = Goal.fromJson(goal);
        GoalWeights weights = GoalWeights.DEFAULTS;

        assertEquals(ec, weights.weight(g, Factor.EXPLOSION_COEFFICIENT));
        assertEquals(newCustomers, weights.weight(g, Factor.NEW_CUSTOMER_INDEX));
        assertEquals(penetration, weights.weight(g, Factor.CROSS_CATEGORY_PENETRATION));
        assertEquals(trend, weights.weight(g, Factor.TREND));
        assertEquals(inventory, weights.weight(g, Factor.INVENTORY_TO_CLEAR));
    }

    @ParameterizedTest
    @EnumSource(Goal.class)
    void defaultWeightsOfEachGoalSumToOne(Goal goal) {
        BigDecimal sum = GoalWeights.DEFAULTS.of(goal).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);

        assertEquals(0, BigDecimal.ONE.compareTo(sum));
    }

    @ParameterizedTest(name = "{0} emphasises {1}")
    @CsvSource({
            "sales,         explosion-coefficient",
            "new-customers, new-customer-index",
            "profit,        cross-category-penetration",   // tied with trend; the first in factor order
    })
    void eachGoalEmphasisesItsFactor(String goal, String factor) {
        Map<Factor, BigDecimal> weights = GoalWeights.DEFAULTS.of(Goal.fromJson(goal));
        BigDecimal max = weights.values().stream().max(BigDecimal::compareTo).orElseThrow();

        Factor heaviest = weights.entrySet().stream().filter(e -> e.getValue().compareTo(max) == 0)
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        assertEquals(Factor.fromJson(factor), heaviest);
    }

    @Test
    void withChangesOneWeight() {
        GoalWeights changed = GoalWeights.DEFAULTS.with(Goal.PROFIT, Factor.TREND, new BigDecimal("2"));

        assertEquals(new BigDecimal("2"), changed.weight(Goal.PROFIT, Factor.TREND));
        assertEquals(GoalWeights.PROFIT_CROSS_CATEGORY_PENETRATION,
                changed.weight(Goal.PROFIT, Factor.CROSS_CATEGORY_PENETRATION));
        assertEquals(GoalWeights.SALES_TREND, changed.weight(Goal.SALES, Factor.TREND));
        assertEquals(GoalWeights.PROFIT_TREND, GoalWeights.DEFAULTS.weight(Goal.PROFIT, Factor.TREND));
    }

    @Test
    void invalidWeightsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> GoalWeights.DEFAULTS.with(Goal.SALES, Factor.TREND, new BigDecimal("-0.1")));
        assertThrows(IllegalArgumentException.class,
                () -> GoalWeights.DEFAULTS.with(Goal.SALES, Factor.TREND, null));
        Map<Goal, Map<Factor, BigDecimal>> missingGoal = new EnumMap<>(GoalWeights.DEFAULTS.weights());
        missingGoal.remove(Goal.PROFIT);
        assertThrows(IllegalArgumentException.class, () -> new GoalWeights(missingGoal));
        Map<Goal, Map<Factor, BigDecimal>> allZero = new EnumMap<>(GoalWeights.DEFAULTS.weights());
        Map<Factor, BigDecimal> zeros = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            zeros.put(factor, BigDecimal.ZERO);
        }
        allZero.put(Goal.SALES, zeros);
        assertThrows(IllegalArgumentException.class, () -> new GoalWeights(allZero));
    }

    @ParameterizedTest(name = "{0} <-> {1}")
    @CsvSource({
            "SALES,         sales",
            "PROFIT,        profit",
            "NEW_CUSTOMERS, new-customers",
    })
    void goalNames(Goal goal, String json) {
        assertEquals(json, goal.jsonName());
        assertEquals(goal, Goal.fromJson(json));
    }

    @ParameterizedTest(name = "{0} <-> {1}")
    @CsvSource({
            "EXPLOSION_COEFFICIENT,      explosion-coefficient",
            "NEW_CUSTOMER_INDEX,         new-customer-index",
            "CROSS_CATEGORY_PENETRATION, cross-category-penetration",
            "TREND,                      trend",
            "INVENTORY_TO_CLEAR,         inventory-to-clear",
    })
    void factorNames(Factor factor, String json) {
        assertEquals(json, factor.jsonName());
        assertEquals(factor, Factor.fromJson(json));
    }

    @Test
    void tierNamesAndUnknownNames() {
        assertEquals("long-tail", Tier.LONG_TAIL.jsonName());
        assertEquals("core", Tier.CORE.toString());
        assertThrows(IllegalArgumentException.class, () -> Goal.fromJson("revenue"));
        assertThrows(IllegalArgumentException.class, () -> Factor.fromJson("ec"));
    }
}

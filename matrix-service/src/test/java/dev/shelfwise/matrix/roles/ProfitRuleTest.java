package dev.shelfwise.matrix.roles;

import static dev.shelfwise.matrix.roles.Fixtures.CATEGORY;
import static dev.shelfwise.matrix.roles.Fixtures.input;
import static dev.shelfwise.matrix.roles.Fixtures.metrics;
import static dev.shelfwise.matrix.roles.Fixtures.sku;
import static dev.shelfwise.matrix.roles.Fixtures.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * profit: margin ≥ P60, search impressions ≥ P60, orders ≥ P60, conversion ≥ P60, and ≤ 3 other SKUs within ±15 % of
 * its price. Category: margin 0.1..1.0 (P60 = 0.6), search 100..1000 (600), orders 10..100 (60), conversion
 * 0.01..0.10 (0.06). The SKU sells at 100.
 */
class ProfitRuleTest {

    private static final Map<Metric, List<BigDecimal>> DISTRIBUTIONS = metrics(
            Metric.MARGIN, steps(10, "0.1"),
            Metric.SEARCH_IMPRESSIONS, steps(10, "100"),
            Metric.ORDERS, steps(10, "10"),
            Metric.CONVERSION, steps(10, "0.01"));

    /** The distributions, with the subject at 100 and other SKUs at the given prices ("85;115"). */
    private static CategoryPercentiles category(String otherPrices) {
        Map<String, BigDecimal> prices = new HashMap<>();
        prices.put("S", new BigDecimal("100"));
        if (otherPrices != null) {
            String[] list = otherPrices.split(";");
            for (int i = 0; i < list.length; i++) {
                prices.put("O" + i, new BigDecimal(list[i]));
            }
        }
        return new CategoryPercentiles(CATEGORY, DISTRIBUTIONS, prices);
    }

    @ParameterizedTest(name = "cost {0}, search {1}, orders {2}/views {3}, others [{4}] -> {10}")
    @CsvSource(nullValues = "?", value = {
            // cost, search, orders, views, other prices, margin?, search?, orders?, conv?, similar, matched
            "40, 600, 60, 1000, 85;115;100,    true,  true,  true,  true,  3, true",   // boundary everywhere
            "41, 600, 60, 1000, ?,             false, true,  true,  true,  0, false",  // margin 0.59
            "40, 599, 60, 1000, ?,             true,  false, true,  true,  0, false",  // search just under P60
            "40, 600, 59, 1000, ?,             true,  true,  false, false, 0, false",  // orders (and so conversion) low
            "40, 600, 60, 1001, ?,             true,  true,  true,  false, 0, false",  // conversion just under P60
            "40, 600, 60, 1000, 85;115;100;99, true,  true,  true,  true,  4, false",  // four look-alikes: not "few"
            "40, 600, 60, 1000, 84.99;115.01,  true,  true,  true,  true,  0, true",   // just outside the ±15 % band
            "40, ?,   60, 1000, ?,             true,  ?,     true,  true,  0, ?",      // no search data
            "?,  600, 60, 1000, ?,             ?,     true,  true,  true,  0, ?",      // unknown cost
            "40, 600, 60, ?,    ?,             true,  true,  true,  ?,     0, ?",      // no views: conversion unknown
            "41, ?,   60, ?,    ?,             false, ?,     true,  ?,     0, false",  // a definite failure decides
    })
    void table(BigDecimal cost, Long search, Long orders, Long views, String otherPrices, Boolean marginPassed,
               Boolean searchPassed, Boolean ordersPassed, Boolean conversionPassed, int similar, Boolean matched) {
        ProductFacts product = sku("S", "100").unitCost(cost).searchImpressions(search).orders(orders).views(views)
                .build();

        RuleOutcome outcome = RoleRule.PROFIT.evaluate(input(product, category(otherPrices)));

        assertEquals(matched, outcome.matched());
        List<Reason> reasons = outcome.reasons();
        assertEquals(List.of("margin", "search-impressions", "orders", "conversion", "similar-priced-skus"),
                reasons.stream().map(Reason::metric).toList());
        assertTrue(reasons.stream().allMatch(reason -> reason.rule().equals("profit")));
        assertEquals(marginPassed, reasons.get(0).passed());
        assertEquals(searchPassed, reasons.get(1).passed());
        assertEquals(ordersPassed, reasons.get(2).passed());
        assertEquals(conversionPassed, reasons.get(3).passed());
        assertEquals(0, BigDecimal.valueOf(similar).compareTo((BigDecimal) reasons.get(4).value()));
        assertEquals(similar <= 3, reasons.get(4).passed());
    }

    @Test
    void thresholdsAreReadable() {
        ProductFacts product = sku("S", "100").unitCost(new BigDecimal("40")).searchImpressions(600L).orders(60L)
                .views(1000L).build();

        List<Reason> reasons = RoleRule.PROFIT.evaluate(input(product, category(null))).reasons();

        assertEquals(List.of(">= 0.6 (P60)", ">= 600 (P60)", ">= 60 (P60)", ">= 0.06 (P60)",
                "<= 3 within ±15 % of price"), reasons.stream().map(Reason::threshold).toList());
    }

    @Test
    void bandAndCountAreConfigurable() {
        MatrixThresholds thresholds = MatrixThresholds.DEFAULTS.withProfit(
                new MatrixThresholds.Profit(60, 60, 60, 60, 0, new BigDecimal("0.05")));
        ProductFacts product = sku("S", "100").unitCost(new BigDecimal("40")).searchImpressions(600L).orders(60L)
                .views(1000L).build();

        RuleOutcome near = RoleRule.PROFIT.evaluate(new RuleInput(product, category("105"), thresholds,
                Set.of(), Fixtures.AS_OF));
        RuleOutcome far = RoleRule.PROFIT.evaluate(new RuleInput(product, category("106"), thresholds,
                Set.of(), Fixtures.AS_OF));

        assertEquals(Boolean.FALSE, near.matched());
        assertEquals("<= 0 within ±5 % of price", near.reasons().get(4).threshold());
        assertEquals(Boolean.TRUE, far.matched());
    }
}

package dev.shelfwise.matrix.roles;

import static dev.shelfwise.matrix.roles.Fixtures.distributions;
import static dev.shelfwise.matrix.roles.Fixtures.input;
import static dev.shelfwise.matrix.roles.Fixtures.metrics;
import static dev.shelfwise.matrix.roles.Fixtures.sku;
import static dev.shelfwise.matrix.roles.Fixtures.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * hot-selling: GMV ≥ P90 and conversion ≥ P50 and rating ≥ 4.5 (when known) and margin ≥ 0.
 * Category: GMV 100..1000 (P90 = 900), conversion 0.01..0.10 (P50 = 0.05). List price 100.
 */
class HotSellingRuleTest {

    private static final CategoryPercentiles CATEGORY = distributions(metrics(
            Metric.GMV, steps(10, "100"),
            Metric.CONVERSION, steps(10, "0.01")));

    @ParameterizedTest(name = "gmv {0}, orders {1}/views {2}, rating {3}, cost {4} -> {9}")
    @CsvSource(nullValues = "?", value = {
            // gmv, orders, views, rating, cost, gmv?, conversion?, rating?, margin?, matched
            "900,  5,  100, 4.5, 100, true,  true,  true,  true,  true",   // boundary on all four
            "899,  5,  100, 4.5, 50,  false, true,  true,  true,  false",  // GMV just under P90
            "1000, 4,  100, 4.8, 50,  true,  false, true,  true,  false",  // conversion 0.04 < P50
            "1000, 10, 100, 4.4, 50,  true,  true,  false, true,  false",  // rating under 4.5
            "1000, 10, 100, ?,   50,  true,  true,  ?,     true,  true",   // unrated: rating not required
            "1000, 10, 100, 4.9, 101, true,  true,  true,  false, false",  // sells at a loss
            "1000, 10, ?,   4.9, 50,  true,  ?,     true,  true,  ?",      // no traffic data: undecided
            "?,    10, 100, 4.9, 50,  ?,     true,  true,  true,  ?",      // no sales figure: undecided
            "1000, 10, 0,   4.9, 50,  true,  ?,     true,  true,  ?",      // zero views: conversion undefined
            "1000, 10, 100, 4.9, ?,   true,  true,  true,  ?,     ?",      // unknown cost: margin undecided
            "500,  10, ?,   4.9, ?,   false, ?,     true,  ?,     false",  // a definite failure wins over no data
    })
    void table(BigDecimal gmv, Long orders, Long views, BigDecimal rating, BigDecimal cost, Boolean gmvPassed,
               Boolean conversionPassed, Boolean ratingPassed, Boolean marginPassed, Boolean matched) {
        ProductFacts product = sku("S", "100").gmv(gmv).orders(orders).views(views).rating(rating).unitCost(cost)
                .build();

        RuleOutcome outcome = RoleRule.HOT_SELLING.evaluate(input(product, CATEGORY));

        assertEquals(matched, outcome.matched());
        List<Reason> reasons = outcome.reasons();
        assertEquals(List.of("gmv", "conversion", "rating", "margin"), reasons.stream().map(Reason::metric).toList());
        assertTrue(reasons.stream().allMatch(reason -> reason.rule().equals("hot-selling")));
        assertEquals(gmvPassed, reasons.get(0).passed());
        assertEquals(conversionPassed, reasons.get(1).passed());
        assertEquals(ratingPassed, reasons.get(2).passed());
        assertEquals(marginPassed, reasons.get(3).passed());
    }

    @Test
    void unratedSkuShowsTheRatingAsNoDataWithItsConsequence() {
        ProductFacts product = sku("S", "100").gmv(new BigDecimal("1000")).orders(10L).views(100L)
                .unitCost(new BigDecimal("50")).build();

        Reason rating = RoleRule.HOT_SELLING.evaluate(input(product, CATEGORY)).reasons().get(2);

        assertEquals(null, rating.passed());
        assertEquals(null, rating.value());
        assertEquals(">= 4.5", rating.threshold());
        assertEquals("no data; rating is checked only when known", rating.note());
    }

    @Test
    void thresholdsShowTheResolvedPercentiles() {
        ProductFacts product = sku("S", "100").gmv(new BigDecimal("950")).orders(6L).views(100L)
                .unitCost(new BigDecimal("50")).build();

        List<Reason> reasons = RoleRule.HOT_SELLING.evaluate(input(product, CATEGORY)).reasons();

        assertEquals(">= 900 (P90)", reasons.get(0).threshold());
        assertEquals(">= 0.05 (P50)", reasons.get(1).threshold());
        assertEquals(">= 0", reasons.get(3).threshold());
        assertEquals(0, new BigDecimal("0.06").compareTo((BigDecimal) reasons.get(1).value()));
        assertEquals(0, new BigDecimal("0.5").compareTo((BigDecimal) reasons.get(3).value()));
    }
}

package dev.shelfwise.matrix.roles;

import static dev.shelfwise.matrix.roles.Fixtures.distribution;
import static dev.shelfwise.matrix.roles.Fixtures.input;
import static dev.shelfwise.matrix.roles.Fixtures.lifts;
import static dev.shelfwise.matrix.roles.Fixtures.sameNumber;
import static dev.shelfwise.matrix.roles.Fixtures.sku;
import static dev.shelfwise.matrix.roles.Fixtures.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * cross-sell: price ≤ P25 and bought together with a hot-selling or profit SKU with lift ≥ 2.
 * Category prices 10..100 (P25 = 30); anchors HOT-1 and PROFIT-1.
 */
class CrossSellRuleTest {

    private static final CategoryPercentiles PRICES = distribution(Metric.PRICE, steps(10, "10"));
    private static final Set<String> ANCHORS = Set.of("HOT-1", "PROFIT-1");

    @ParameterizedTest(name = "price {0}, lifts {1} -> {5}")
    @CsvSource(nullValues = "?", value = {
            // price, lifts (partner=lift; 'none' = no pair, ? = no basket data), price?, best lift, lift?, matched
            "30, HOT-1=2,                        true,  2,    true,  true",    // boundary on both
            "31, HOT-1=3,                        false, 3,    true,  false",   // just over P25
            "20, HOT-1=1.99,                     true,  1.99, false, false",   // lift just under 2
            "20, OTHER=9,                        true,  ?,    false, false",   // strong lift, but not with an anchor
            "20, HOT-1=2.5;PROFIT-1=4;OTHER=9,   true,  4,    true,  true",    // the best anchor counts
            "20, ?,                              true,  ?,    ?,     ?",       // no basket data
            "20, none,                           true,  ?,    false, false",   // basket data, no pair above the floor
            "40, ?,                              false, ?,    ?,     false",   // expensive: fails whatever the basket
    })
    void table(BigDecimal price, String pairs, Boolean pricePassed, BigDecimal bestLift, Boolean liftPassed,
               Boolean matched) {
        ProductFacts product = sku("S", price.toPlainString()).boughtTogetherLift(lifts(pairs)).build();

        RuleOutcome outcome = RoleRule.CROSS_SELL.evaluate(input(product, PRICES, ANCHORS));

        assertEquals(matched, outcome.matched());
        assertEquals(List.of("price", "bought-together-lift"), outcome.reasons().stream().map(Reason::metric).toList());
        assertEquals(pricePassed, outcome.reasons().get(0).passed());
        Reason lift = outcome.reasons().get(1);
        assertEquals(liftPassed, lift.passed());
        assertTrue(sameNumber(bestLift, lift.value()), "lift value " + lift.value());
    }

    @Test
    void liftReasonNamesThePartner() {
        ProductFacts product = sku("S", "20").boughtTogetherLift(Map.of(
                "HOT-1", new BigDecimal("2.5"), "PROFIT-1", new BigDecimal("4"))).build();

        Reason lift = RoleRule.CROSS_SELL.evaluate(input(product, PRICES, ANCHORS)).reasons().get(1);

        assertEquals("with PROFIT-1", lift.note());
        assertEquals(">= 2 with a hot-selling or profit SKU", lift.threshold());
    }

    @Test
    void equalLiftsPickThePartnerByName() {
        ProductFacts product = sku("S", "20").boughtTogetherLift(Map.of(
                "PROFIT-1", new BigDecimal("3"), "HOT-1", new BigDecimal("3"))).build();

        Reason lift = RoleRule.CROSS_SELL.evaluate(input(product, PRICES, ANCHORS)).reasons().get(1);

        assertEquals("with HOT-1", lift.note());
    }

    @Test
    void noAnchorPairIsExplained() {
        ProductFacts product = sku("S", "20").boughtTogetherLift(Map.of("OTHER", new BigDecimal("9"))).build();

        Reason lift = RoleRule.CROSS_SELL.evaluate(input(product, PRICES, ANCHORS)).reasons().get(1);

        assertEquals("not bought together with any hot-selling or profit SKU", lift.note());
    }

    @Test
    void aSkuIsNeverItsOwnAnchor() {
        ProductFacts product = sku("HOT-1", "20").boughtTogetherLift(Map.of("HOT-1", new BigDecimal("5"))).build();

        RuleOutcome outcome = RoleRule.CROSS_SELL.evaluate(input(product, PRICES, ANCHORS));

        assertEquals(Boolean.FALSE, outcome.matched());
    }

    @Test
    void withoutAnchorsNothingIsCrossSell() {
        ProductFacts product = sku("S", "20").boughtTogetherLift(Map.of("HOT-1", new BigDecimal("5"))).build();

        RuleOutcome outcome = RoleRule.CROSS_SELL.evaluate(input(product, PRICES, Set.of()));

        assertEquals(Boolean.FALSE, outcome.matched());
    }
}

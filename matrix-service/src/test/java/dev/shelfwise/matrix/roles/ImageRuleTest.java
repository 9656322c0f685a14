package dev.shelfwise.matrix.roles;

import static dev.shelfwise.matrix.roles.Fixtures.distributions;
import static dev.shelfwise.matrix.roles.Fixtures.input;
import static dev.shelfwise.matrix.roles.Fixtures.metrics;
import static dev.shelfwise.matrix.roles.Fixtures.sku;
import static dev.shelfwise.matrix.roles.Fixtures.steps;
import static dev.shelfwise.matrix.roles.Fixtures.tags;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** image: (price ≥ P90 and units ≤ P25) or tag flagship. Category: price 10..100 (P90 = 90), units 1..10 (P25 = 3). */
class ImageRuleTest {

    private static final CategoryPercentiles CATEGORY = distributions(metrics(
            Metric.PRICE, steps(10, "10"),
            Metric.UNITS, steps(10, "1")));

    @ParameterizedTest(name = "price {0}, units {1}, tags [{2}] -> {6}")
    @CsvSource(nullValues = "?", value = {
            // price, units, tags, price?, units?, flagship?, matched
            "90,  3,  ?,           true,  true,  false, true",   // boundary: exactly P90 and exactly P25
            "89,  1,  ?,           false, true,  false, false",  // just under P90
            "100, 4,  ?,           true,  false, false, false",  // sells too many units
            "10,  10, flagship,    false, false, true,  true",   // the flagship tag alone
            "100, ?,  ?,           true,  ?,     false, ?",      // unknown units: undecided
            "100, ?,  flagship;ip, true,  ?,     true,  true",   // the tag decides the OR
            "50,  ?,  ip,          false, ?,     false, false",  // cheap: the AND fails whatever the units
    })
    void table(BigDecimal price, Long units, String tagList, Boolean pricePassed, Boolean unitsPassed,
               Boolean flagshipPassed, Boolean matched) {
        ProductFacts product = sku("S", price.toPlainString()).units(units).tags(tags(tagList)).build();

        RuleOutcome outcome = RoleRule.IMAGE.evaluate(input(product, CATEGORY));

        assertEquals(matched, outcome.matched());
        assertEquals(List.of("price", "units", "tags"), outcome.reasons().stream().map(Reason::metric).toList());
        assertEquals(pricePassed, outcome.reasons().get(0).passed());
        assertEquals(unitsPassed, outcome.reasons().get(1).passed());
        assertEquals(flagshipPassed, outcome.reasons().get(2).passed());
    }

    @Test
    void priceIsThePromotionPrice() {
        ProductFacts discounted = sku("S", "100").promoPrice(new BigDecimal("80")).units(1L).build();

        Reason price = RoleRule.IMAGE.evaluate(input(discounted, CATEGORY)).reasons().get(0);

        assertEquals(Boolean.FALSE, price.passed());
        assertEquals(0, new BigDecimal("80").compareTo((BigDecimal) price.value()));
        assertEquals(">= 90 (P90)", price.threshold());
    }

    @Test
    void tagReasonListsTheSortedTags() {
        ProductFacts product = sku("S", "10").tags(List.of("ip", "flagship", "exclusive")).build();

        Reason tag = RoleRule.IMAGE.evaluate(input(product, CATEGORY)).reasons().get(2);

        assertEquals(List.of("exclusive", "flagship", "ip"), tag.value());
        assertEquals("contains flagship", tag.threshold());
        assertEquals(Boolean.TRUE, tag.passed());
    }
}

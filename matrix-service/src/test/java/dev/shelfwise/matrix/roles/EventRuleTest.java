package dev.shelfwise.matrix.roles;

import static dev.shelfwise.matrix.roles.Fixtures.distributions;
import static dev.shelfwise.matrix.roles.Fixtures.input;
import static dev.shelfwise.matrix.roles.Fixtures.sku;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** event: inventory age ≥ 90 days or weeks of cover ≥ 12. */
class EventRuleTest {

    private static final CategoryPercentiles CATEGORY = distributions(Map.of());

    @ParameterizedTest(name = "age {0}, cover {1} -> {4}")
    @CsvSource(nullValues = "?", value = {
            // age, cover, age?, cover?, matched
            "90,  ?,     true,  ?,     true",    // boundary: exactly 90 days
            "89,  11.99, false, false, false",   // just under both
            "10,  12,    false, true,  true",    // boundary: exactly 12 weeks
            "365, 30,    true,  true,  true",
            "?,   ?,     ?,     ?,     ?",       // no inventory data
            "89,  ?,     false, ?,     ?",       // young stock but unknown cover: undecided
            "?,   12,    ?,     true,  true",    // the cover alone decides the OR
            "0,   0,     false, false, false",
    })
    void table(Integer age, BigDecimal cover, Boolean agePassed, Boolean coverPassed, Boolean matched) {
        ProductFacts product = sku("S", "100").inventoryAgeDays(age).weeksOfCover(cover).build();

        RuleOutcome outcome = RoleRule.EVENT.evaluate(input(product, CATEGORY));

        assertEquals(matched, outcome.matched());
        assertEquals(List.of("inventory-age-days", "weeks-of-cover"),
                outcome.reasons().stream().map(Reason::metric).toList());
        assertEquals(agePassed, outcome.reasons().get(0).passed());
        assertEquals(coverPassed, outcome.reasons().get(1).passed());
    }

    @Test
    void thresholdsAreTheConfiguredOnes() {
        MatrixThresholds thresholds = MatrixThresholds.DEFAULTS.withEvent(
                new MatrixThresholds.Event(180, new BigDecimal("26")));
        ProductFacts product = sku("S", "100").inventoryAgeDays(120).weeksOfCover(new BigDecimal("20")).build();

        RuleOutcome outcome = RoleRule.EVENT.evaluate(
                new RuleInput(product, CATEGORY, thresholds, Set.of(), Fixtures.AS_OF));

        assertEquals(Boolean.FALSE, outcome.matched());
        assertEquals(">= 180", outcome.reasons().get(0).threshold());
        assertEquals(">= 26", outcome.reasons().get(1).threshold());
    }
}

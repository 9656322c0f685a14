package dev.shelfwise.matrix.roles;

import static dev.shelfwise.matrix.roles.Fixtures.distribution;
import static dev.shelfwise.matrix.roles.Fixtures.input;
import static dev.shelfwise.matrix.roles.Fixtures.sku;
import static dev.shelfwise.matrix.roles.Fixtures.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** word-of-mouth: rating ≥ 4.7 and review count ≥ P75. Category review counts 10..100, P75 = 80. */
class WordOfMouthRuleTest {

    private static final CategoryPercentiles REVIEWS = distribution(Metric.REVIEW_COUNT, steps(10, "10"));

    @ParameterizedTest(name = "rating {0}, reviews {1} -> {4}")
    @CsvSource(nullValues = "?", value = {
            // rating, reviews, rating?, reviews?, matched
            "4.7,  80,  true,  true,  true",    // boundary on both
            "4.69, 100, false, true,  false",   // just under 4.7
            "5.0,  79,  true,  false, false",   // just under P75
            "?,    100, ?,     true,  ?",       // not rated: no data, never a silent default
            "4.8,  ?,   true,  ?,     ?",       // review count unknown
            "4.0,  ?,   false, ?,     false",   // a definite failure decides the AND
    })
    void table(BigDecimal rating, Integer reviews, Boolean ratingPassed, Boolean reviewsPassed, Boolean matched) {
        ProductFacts product = sku("S", "100").rating(rating).reviewCount(reviews).build();

        RuleOutcome outcome = RoleRule.WORD_OF_MOUTH.evaluate(input(product, REVIEWS));

        assertEquals(matched, outcome.matched());
        assertEquals(List.of("rating", "review-count"), outcome.reasons().stream().map(Reason::metric).toList());
        assertEquals(ratingPassed, outcome.reasons().get(0).passed());
        assertEquals(reviewsPassed, outcome.reasons().get(1).passed());
    }

    @Test
    void missingRatingSaysNoData() {
        ProductFacts product = sku("S", "100").reviewCount(90).build();

        Reason rating = RoleRule.WORD_OF_MOUTH.evaluate(input(product, REVIEWS)).reasons().get(0);

        assertEquals(Reason.NO_DATA, rating.note());
        assertEquals(">= 4.7", rating.threshold());
        assertEquals("word-of-mouth", rating.rule());
    }
}

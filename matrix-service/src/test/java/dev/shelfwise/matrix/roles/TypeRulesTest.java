package dev.shelfwise.matrix.roles;

import static dev.shelfwise.matrix.roles.Fixtures.AS_OF;
import static dev.shelfwise.matrix.roles.Fixtures.sku;
import static dev.shelfwise.matrix.roles.Fixtures.tags;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** new: launched ≤ 90 days before the matrix day (2025-06-01); specialty: exclusive, co-branded, ip or gift-box. */
class TypeRulesTest {

    @ParameterizedTest(name = "launched {0} -> {1} days, {2}")
    @CsvSource(nullValues = "?", value = {
            "2025-03-03, 90,  true",    // boundary: exactly 90 days
            "2025-03-02, 91,  false",   // one day too old
            "2025-06-01, 0,   true",    // launched today
            "2025-07-01, -30, true",    // launching during the promotion
            "2019-01-01, 2343, false",
            "?,          ?,   ?",       // unknown launch date: no data
    })
    void newType(LocalDate launchedOn, Long days, Boolean passed) {
        ProductFacts product = sku("S", "100").launchedOn(launchedOn).build();

        Reason reason = TypeRules.newType(product, AS_OF, MatrixThresholds.Types.DEFAULTS);

        assertEquals("new", reason.rule());
        assertEquals("days-since-launch", reason.metric());
        assertEquals(passed, reason.passed());
        assertEquals(days == null ? null : BigDecimal.valueOf(days), reason.value());
        assertEquals("<= 90", reason.threshold());
        assertEquals(passed == null ? Reason.NO_DATA : null, reason.note());
    }

    @ParameterizedTest(name = "tags [{0}] -> {1}")
    @CsvSource(nullValues = "?", value = {
            "exclusive,        true",
            "co-branded,       true",
            "ip,               true",
            "gift-box,         true",
            "flagship;ip,      true",
            "flagship,         false",   // flagship makes an image SKU, not a specialty
            "?,                false",   // no tags: a known absence, not missing data
            "Exclusive,        false",   // tags are case-sensitive, as in catalog.v1
    })
    void specialty(String tagList, boolean passed) {
        ProductFacts product = sku("S", "100").tags(tags(tagList)).build();

        Reason reason = TypeRules.specialty(product, MatrixThresholds.Types.DEFAULTS);

        assertEquals("specialty", reason.rule());
        assertEquals(passed, reason.passed());
        assertEquals("any of co-branded, exclusive, gift-box, ip", reason.threshold());
    }

    @Test
    void typeThresholdsAreConfigurable() {
        MatrixThresholds.Types types = new MatrixThresholds.Types(30, Set.of("limited"));
        ProductFacts product = sku("S", "100").launchedOn(LocalDate.of(2025, 4, 1)).tags(Set.of("limited")).build();

        assertEquals(Boolean.FALSE, TypeRules.newType(product, AS_OF, types).passed());
        assertEquals(Boolean.TRUE, TypeRules.specialty(product, types).passed());
    }
}

package dev.shelfwise.matrix.roles;

import static dev.shelfwise.matrix.roles.Fixtures.distribution;
import static dev.shelfwise.matrix.roles.Fixtures.input;
import static dev.shelfwise.matrix.roles.Fixtures.sku;
import static dev.shelfwise.matrix.roles.Fixtures.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** traffic: (promo price ≤ 50 % of list or margin &lt; 5 %) and views ≥ P75. Views in the category: 10..100, P75 = 80. */
class TrafficRuleTest {

    private static final CategoryPercentiles VIEWS = distribution(Metric.VIEWS, steps(10, "10"));

    @ParameterizedTest(name = "promo {0}, cost {1}, views {2} -> {6}")
    @CsvSource(nullValues = "?", value = {
            // promo, cost, views, discount, margin, views, matched
            "50,   45,  80,  true,  false, true,  true",    // boundary: exactly 50 % of list and exactly P75
            "51,   45,  120, false, false, true,  false",   // 51 % of list, margin 11.8 %
            "?,    96,  100, false, true,  true,  true",    // no promo price, margin 4 %
            "?,    95,  100, false, false, true,  false",   // boundary: margin exactly 5 % is not < 5 %
            "40,   30,  79,  true,  false, false, false",   // views just under P75
            "40,   30,  ?,   true,  false, ?,     ?",       // no traffic data: undecided
            "60,   ?,   100, false, ?,     true,  ?",       // unknown cost and no discount: undecided
            "40,   ?,   100, true,  ?,     true,  true",    // the discount alone decides the OR
            "60,   50,  ?,   false, false, ?,     false",   // the OR fails (margin 16.7 %), so missing views do not matter
    })
    void table(BigDecimal promo, BigDecimal cost, Long views, Boolean discountPassed, Boolean marginPassed,
               Boolean viewsPassed, Boolean matched) {
        ProductFacts product = sku("S", "100").promoPrice(promo).unitCost(cost).views(views).build();

        RuleOutcome outcome = RoleRule.TRAFFIC.evaluate(input(product, VIEWS));

        assertEquals(Role.TRAFFIC, outcome.role());
        assertEquals(matched, outcome.matched());
        assertEquals(matched != null && matched, outcome.matches());
        List<Reason> reasons = outcome.reasons();
        assertEquals(List.of("promo-price-ratio", "margin", "views"), reasons.stream().map(Reason::metric).toList());
        assertTrue(reasons.stream().allMatch(reason -> reason.rule().equals("traffic")));
        assertEquals(discountPassed, reasons.get(0).passed());
        assertEquals(marginPassed, reasons.get(1).passed());
        assertEquals(viewsPassed, reasons.get(2).passed());
    }

    @Test
    void reasonsCarryValuesAndResolvedThresholds() {
        ProductFacts product = sku("S", "100").promoPrice(new BigDecimal("45")).unitCost(new BigDecimal("40"))
                .views(90L).build();

        List<Reason> reasons = RoleRule.TRAFFIC.evaluate(input(product, VIEWS)).reasons();

        assertEquals(0, new BigDecimal("0.45").compareTo((BigDecimal) reasons.get(0).value()));
        assertEquals("<= 0.5 (of list price)", reasons.get(0).threshold());
        assertEquals("< 0.05", reasons.get(1).threshold());
        assertEquals(0, new BigDecimal("90").compareTo((BigDecimal) reasons.get(2).value()));
        assertEquals(">= 80 (P75)", reasons.get(2).threshold());
        assertNull(reasons.get(2).note());
    }

    @Test
    void missingViewsIsReportedAsNoData() {
        ProductFacts product = sku("S", "100").promoPrice(new BigDecimal("40")).build();

        Reason views = RoleRule.TRAFFIC.evaluate(input(product, VIEWS)).reasons().get(2);

        assertNull(views.passed());
        assertNull(views.value());
        assertEquals(Reason.NO_DATA, views.note());
        assertTrue(views.isNoData());
        assertEquals(">= 80 (P75)", views.threshold());
    }

    @Test
    void categoryWithoutAnyViewsGivesNoDataEvenForTheSkuOwnValue() {
        CategoryPercentiles empty = distribution(Metric.VIEWS, List.of());
        ProductFacts product = sku("S", "100").promoPrice(new BigDecimal("40")).views(500L).build();

        RuleOutcome outcome = RoleRule.TRAFFIC.evaluate(input(product, empty));

        Reason views = outcome.reasons().get(2);
        assertNull(views.passed());
        assertEquals(">= P75", views.threshold());
        assertTrue(views.note().startsWith(Reason.NO_DATA));
        assertNull(outcome.matched());
    }

    @Test
    void noPromotionPriceIsExplainedNotMissing() {
        ProductFacts product = sku("S", "100").unitCost(new BigDecimal("50")).views(100L).build();

        Reason discount = RoleRule.TRAFFIC.evaluate(input(product, VIEWS)).reasons().get(0);

        assertEquals(Boolean.FALSE, discount.passed());
        assertEquals(0, BigDecimal.ONE.compareTo((BigDecimal) discount.value()));
        assertEquals("no promotion price: sells at list price", discount.note());
    }

    @ParameterizedTest(name = "views P{0} -> threshold {1}")
    @CsvSource({"75, 80", "90, 90", "50, 50", "100, 100"})
    void viewsPercentileIsConfigurable(int percentile, String expectedThreshold) {
        MatrixThresholds thresholds = MatrixThresholds.DEFAULTS.withTraffic(new MatrixThresholds.Traffic(
                new BigDecimal("0.5"), new BigDecimal("0.05"), percentile));
        ProductFacts product = sku("S", "100").promoPrice(new BigDecimal("40")).views(85L).build();

        RuleOutcome outcome = RoleRule.TRAFFIC.evaluate(
                new RuleInput(product, VIEWS, thresholds, Set.of(), Fixtures.AS_OF));

        assertEquals(">= " + expectedThreshold + " (P" + percentile + ")", outcome.reasons().get(2).threshold());
        assertEquals(85 >= Integer.parseInt(expectedThreshold), outcome.matches());
    }
}

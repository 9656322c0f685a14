package dev.shelfwise.matrix.roles;

import static dev.shelfwise.matrix.roles.Fixtures.AS_OF;
import static dev.shelfwise.matrix.roles.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatrixHealthTest {

    private static final MatrixThresholds.Health DEFAULT = MatrixThresholds.Health.DEFAULTS;

    private static ProductAssessment product(String sku, String category, String gmv, Role role) {
        return new ProductAssessment(sku, category, gmv == null ? null : new BigDecimal(gmv), role,
                role == Role.REGULAR ? List.of() : List.of(role), Set.of(), false, List.of());
    }

    /** A category with one traffic SKU, a profit SKU of GMV {@code profitGmv} and regular SKUs for the rest of 100. */
    private static ProductMatrix category(String name, String profitGmv) {
        BigDecimal profit = new BigDecimal(profitGmv);
        List<ProductAssessment> products = new ArrayList<>();
        products.add(product(name + "-T", name, "0", Role.TRAFFIC));
        products.add(product(name + "-P", name, profitGmv, Role.PROFIT));
        products.add(product(name + "-R", name, new BigDecimal("100").subtract(profit).toPlainString(), Role.REGULAR));
        return new ProductMatrix(AS_OF, products);
    }

    @ParameterizedTest(name = "profit GMV {0} of 100, minimum {1} -> warning {2}")
    @CsvSource({
            "30,    0.30, false",   // boundary: exactly 30 % is enough
            "29.99, 0.30, true",
            "100,   0.30, false",
            "0,     0.30, true",
            "40,    0.50, true",    // configurable threshold
            "0,     0,    false",   // a zero minimum switches the check off
    })
    void profitShareWarning(String profitGmv, BigDecimal minShare, boolean warns) {
        MatrixHealth health = MatrixHealth.of(category("toys", profitGmv), List.of("toys"),
                new MatrixThresholds.Health(minShare));

        CategoryHealth toys = health.categories().get(0);
        assertEquals(0, new BigDecimal(profitGmv).divide(new BigDecimal("100")).compareTo(toys.profitGmvShare()));
        assertEquals(0, new BigDecimal("100").compareTo(toys.gmv()));
        assertEquals(warns, health.warnings().stream()
                .anyMatch(w -> w.code() == HealthWarning.Code.PROFIT_GMV_SHARE_LOW));
        assertEquals(!warns, health.healthy());
    }

    @Test
    void lowShareWarningCarriesFigures() {
        HealthWarning warning = MatrixHealth.of(category("toys", "12.5"), List.of("toys"), DEFAULT).warnings().get(0);

        assertEquals("toys", warning.category());
        assertEquals(0, d("0.125").compareTo(warning.value()));
        assertEquals(0, d("0.30").compareTo(warning.threshold()));
        assertEquals("profit SKUs hold 12.5 % of the GMV of toys, below 30 %", warning.message());
        assertEquals("profit-gmv-share-low", warning.code().jsonName());
    }

    @Test
    void coreCategoryWithoutTrafficSkuWarns() {
        ProductMatrix matrix = new ProductMatrix(AS_OF, List.of(
                product("A", "toys", "60", Role.PROFIT),
                product("B", "toys", "40", Role.HOT_SELLING)));

        MatrixHealth health = MatrixHealth.of(matrix, List.of("toys"), DEFAULT);

        assertEquals(1, health.warnings().size());
        assertEquals(HealthWarning.Code.NO_TRAFFIC_SKU, health.warnings().get(0).code());
        assertEquals("toys is a core category without a traffic SKU", health.warnings().get(0).message());
    }

    @Test
    void categoryWithoutGmvGetsNoDataInsteadOfAShare() {
        ProductMatrix matrix = new ProductMatrix(AS_OF, List.of(
                product("T", "toys", "0", Role.TRAFFIC),
                product("P", "toys", null, Role.PROFIT)));

        MatrixHealth health = MatrixHealth.of(matrix, List.of("toys"), DEFAULT);

        CategoryHealth toys = health.categories().get(0);
        assertNull(toys.profitGmvShare());
        assertEquals(1, toys.skusWithoutGmv());
        assertEquals(List.of(HealthWarning.Code.PROFIT_GMV_SHARE_NO_DATA),
                health.warnings().stream().map(HealthWarning::code).toList());
        assertTrue(health.warnings().get(0).message().startsWith(Reason.NO_DATA));
    }

    @Test
    void skusWithUnknownGmvAreLeftOutOfBothSums() {
        ProductMatrix matrix = new ProductMatrix(AS_OF, List.of(
                product("T", "toys", "50", Role.TRAFFIC),
                product("P", "toys", "50", Role.PROFIT),
                product("Q", "toys", null, Role.PROFIT)));

        CategoryHealth toys = MatrixHealth.of(matrix, List.of("toys"), DEFAULT).categories().get(0);

        assertEquals(0, d("0.5").compareTo(toys.profitGmvShare()));
        assertEquals(0, d("50").compareTo(toys.profitGmv()));
        assertEquals(1, toys.skusWithoutGmv());
        assertEquals(3, toys.skuCount());
        assertEquals(2, toys.roleMix().get(Role.PROFIT));
    }

    @Test
    void onlyCoreCategoriesAreReportedInTheOrderGiven() {
        List<ProductAssessment> products = new ArrayList<>(category("toys", "50").products());
        products.addAll(category("books", "10").products());
        products.add(product("G", "garden", "10", Role.REGULAR));
        ProductMatrix matrix = new ProductMatrix(AS_OF, products);

        MatrixHealth health = MatrixHealth.of(matrix, List.of("toys", "books", "toys"), DEFAULT);

        assertEquals(List.of("toys", "books"), health.categories().stream().map(CategoryHealth::category).toList());
        assertEquals(List.of("books"), health.warnings().stream().map(HealthWarning::category).toList());
        assertFalse(health.healthy());
    }

    @Test
    void coreCategoryAbsentFromTheMatrixIsReported() {
        MatrixHealth health = MatrixHealth.of(category("toys", "50"), List.of("shoes"), DEFAULT);

        CategoryHealth shoes = health.categories().get(0);
        assertEquals(0, shoes.skuCount());
        assertEquals(List.of(HealthWarning.Code.NO_TRAFFIC_SKU, HealthWarning.Code.PROFIT_GMV_SHARE_NO_DATA),
                shoes.warnings().stream().map(HealthWarning::code).toList());
    }

    @Test
    void roleMixListsEveryRole() {
        CategoryHealth toys = MatrixHealth.of(category("toys", "50"), List.of("toys"), DEFAULT).categories().get(0);

        assertEquals(Role.values().length, toys.roleMix().size());
        assertEquals(1, toys.roleMix().get(Role.TRAFFIC));
        assertEquals(1, toys.roleMix().get(Role.PROFIT));
        assertEquals(1, toys.roleMix().get(Role.REGULAR));
        assertEquals(0, toys.roleMix().get(Role.IMAGE));
        assertTrue(toys.warnings().isEmpty());
    }

    @Test
    void noCoreCategoriesIsHealthy() {
        MatrixHealth health = MatrixHealth.of(category("toys", "0"), List.of(), DEFAULT);

        assertTrue(health.categories().isEmpty());
        assertTrue(health.healthy());
    }
}

package dev.shelfwise.matrix.roles.rest;

import dev.shelfwise.matrix.roles.CategoryHealth;
import dev.shelfwise.matrix.roles.HealthWarning;
import dev.shelfwise.matrix.roles.Role;
import dev.shelfwise.matrix.roles.service.HealthResult;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The matrix health of a promotion: role mix per core category and warnings (no traffic SKU; profit SKUs below the
 * minimum share of GMV). GMV over-concentration is metrics-service's alert (alerts.v1) and is not repeated here.
 *
 * @param degraded true when the core categories were chosen without metrics-service's figures; see {@code reason}
 */
public record HealthView(String promotion, LocalDate asOf, boolean healthy, boolean degraded, String reason,
                         List<String> coreCategories, List<CategoryView> categories, List<WarningView> warnings) {

    public record CategoryView(String category, int skuCount, Map<String, Integer> roleMix, BigDecimal gmv,
                               BigDecimal profitGmv, BigDecimal profitGmvShare, int skusWithoutGmv,
                               List<WarningView> warnings) {
    }

    public record WarningView(String category, String code, BigDecimal value, BigDecimal threshold, String message) {
    }

    static HealthView of(HealthResult result) {
        return new HealthView(result.promotion().id(), result.asOf(), result.health().healthy(), result.degraded(),
                result.reason(), result.coreCategories(),
                result.health().categories().stream().map(HealthView::category).toList(),
                result.health().warnings().stream().map(HealthView::warning).toList());
    }

    private static CategoryView category(CategoryHealth health) {
        Map<String, Integer> mix = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            mix.put(role.jsonName(), health.roleMix().getOrDefault(role, 0));
        }
        return new CategoryView(health.category(), health.skuCount(), mix, health.gmv(), health.profitGmv(),
                health.profitGmvShare(), health.skusWithoutGmv(),
                health.warnings().stream().map(HealthView::warning).toList());
    }

    private static WarningView warning(HealthWarning warning) {
        return new WarningView(warning.category(), warning.code().jsonName(), warning.value(), warning.threshold(),
                warning.message());
    }
}

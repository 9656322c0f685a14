package dev.shelfwise.matrix.roles.rest;

import dev.shelfwise.matrix.roles.CategoryHealth;
import dev.shelfwise.matrix.roles.HealthWarning;
import dev.shelfwise.matrix.roles.Role;
import dev.shelfwise.matrix.roles.service.HealthResult;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The matrix health of a promotion: role mix per core category and warnings (no traffic SKU; profit SKUs below the
 * minimum share of GMV; GMV over-concentrated per metrics-service's firing alerts on the promotion's window or the
 * trailing 24 h).
 *
 * @param degraded             true when the core categories were chosen without metrics-service's figures; see
 *                             {@code reason}
 * @param concentrationUnknown why GMV concentration could not be checked (metrics-service unreachable), or null
 */
public record HealthView(String promotion, LocalDate asOf, boolean healthy, boolean degraded, String reason,
                         List<String> coreCategories, List<CategoryView> categories, List<WarningView> warnings,
                         String concentrationUnknown) {

    public record CategoryView(String category, int skuCount, Map<String, Integer> roleMix, BigDecimal gmv,
                               BigDecimal profitGmv, BigDecimal profitGmvShare, int skusWithoutGmv,
                               List<WarningView> warnings) {
    }

    public record WarningView(String category, String code, BigDecimal value, BigDecimal threshold, String message) {
    }

    /** The warning code of GMV over-concentration, as metrics-service reports it. */
    static final String OVER_CONCENTRATED = "gmv-over-concentrated";

    static HealthView of(HealthResult result) {
        List<WarningView> warnings = new ArrayList<>(result.health().warnings().stream().map(HealthView::warning).toList());
        result.concentration().forEach(alert -> warnings.add(new WarningView(null, OVER_CONCENTRATED,
                decimal(alert.figures(), "top1PctShare"), decimal(alert.figures(), "threshold"),
                "metrics-service: " + alert.summary() + " (" + alert.severity() + ", " + alert.scope() + ", alert "
                        + alert.id() + ")")));
        return new HealthView(result.promotion().id(), result.asOf(), result.health().healthy() && warnings.isEmpty(),
                result.degraded(), result.reason(), result.coreCategories(),
                result.health().categories().stream().map(HealthView::category).toList(), warnings,
                result.concentrationUnknown());
    }

    private static BigDecimal decimal(Map<String, Object> figures, String name) {
        Object value = figures == null ? null : figures.get(name);
        return value == null ? null : new BigDecimal(value.toString());
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

package dev.shelfwise.matrix.roles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * The {@code new} and {@code specialty} type rules. The {@code hot} type has no rule of its own: a SKU is hot when
 * its hot-selling rule matches (whatever its primary role), and the hot-selling reasons explain it.
 */
public final class TypeRules {

    private TypeRules() {
    }

    /** {@code new}: days since launch ≤ the maximum (a SKU launching after {@code asOf} counts as new). */
    public static Reason newType(ProductFacts product, LocalDate asOf, MatrixThresholds.Types thresholds) {
        Long days = product.daysSinceLaunch(asOf);
        return Conditions.atMost(ProductType.NEW.jsonName(), Metric.DAYS_SINCE_LAUNCH,
                days == null ? null : BigDecimal.valueOf(days),
                BigDecimal.valueOf(thresholds.newMaxDaysSinceLaunch()), null);
    }

    /** {@code specialty}: carries at least one specialty tag. */
    public static Reason specialty(ProductFacts product, MatrixThresholds.Types thresholds) {
        List<String> specialtyTags = List.copyOf(new TreeSet<>(thresholds.specialtyTags()));
        boolean any = specialtyTags.stream().anyMatch(product.tags()::contains);
        return Reason.checked(ProductType.SPECIALTY.jsonName(), Metric.TAGS, product.sortedTags(),
                "any of " + String.join(", ", specialtyTags), any);
    }
}

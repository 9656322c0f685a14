package dev.shelfwise.matrix.roles;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;

/**
 * Builds {@link Reason}s for single comparisons and combines their outcomes with three-valued (Kleene) logic, where
 * null means "unknown for lack of data": {@code and} is false as soon as one part is false, else unknown if one part is
 * unknown; {@code or} is true as soon as one part is true, else unknown if one part is unknown.
 */
final class Conditions {

    private Conditions() {
    }

    /** value ≥ threshold. */
    static Reason atLeast(String rule, Metric metric, BigDecimal value, BigDecimal threshold, String basis) {
        return compare(rule, metric, value, ">=", threshold, basis, value != null && threshold != null
                && value.compareTo(threshold) >= 0);
    }

    /** value ≤ threshold. */
    static Reason atMost(String rule, Metric metric, BigDecimal value, BigDecimal threshold, String basis) {
        return compare(rule, metric, value, "<=", threshold, basis, value != null && threshold != null
                && value.compareTo(threshold) <= 0);
    }

    /** value &lt; threshold. */
    static Reason below(String rule, Metric metric, BigDecimal value, BigDecimal threshold, String basis) {
        return compare(rule, metric, value, "<", threshold, basis, value != null && threshold != null
                && value.compareTo(threshold) < 0);
    }

    /** value ≥ P(p) of the metric within the SKU's category. */
    static Reason atLeastPercentile(String rule, Metric metric, ProductFacts product, CategoryPercentiles category,
                                    int p) {
        return atLeast(rule, metric, metric.valueOf(product), category.percentile(metric, p), "P" + p);
    }

    /** value ≤ P(p) of the metric within the SKU's category. */
    static Reason atMostPercentile(String rule, Metric metric, ProductFacts product, CategoryPercentiles category,
                                   int p) {
        return atMost(rule, metric, metric.valueOf(product), category.percentile(metric, p), "P" + p);
    }

    private static Reason compare(String rule, Metric metric, BigDecimal value, String operator, BigDecimal threshold,
                                  String basis, boolean holds) {
        String text = threshold == null
                ? operator + " " + basis
                : operator + " " + format(threshold) + (basis == null ? "" : " (" + basis + ")");
        if (value == null) {
            return Reason.noData(rule, metric, text);
        }
        if (threshold == null) {
            return new Reason(rule, metric.jsonName(), value, text, null,
                    Reason.NO_DATA + ": no SKU of the category has " + metric.jsonName());
        }
        return Reason.checked(rule, metric, value, text, holds);
    }

    /** A number without trailing zeros, never in exponent notation. */
    static String format(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    static Boolean and(Boolean... parts) {
        if (Arrays.stream(parts).anyMatch(Boolean.FALSE::equals)) {
            return Boolean.FALSE;
        }
        return Arrays.stream(parts).anyMatch(Objects::isNull) ? null : Boolean.TRUE;
    }

    static Boolean or(Boolean... parts) {
        if (Arrays.stream(parts).anyMatch(Boolean.TRUE::equals)) {
            return Boolean.TRUE;
        }
        return Arrays.stream(parts).anyMatch(Objects::isNull) ? null : Boolean.FALSE;
    }
}

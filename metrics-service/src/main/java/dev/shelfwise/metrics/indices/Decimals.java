package dev.shelfwise.metrics.indices;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding shared by the category indices: every ratio, index, rate, growth and daily average is a {@link BigDecimal}
 * with {@value #SCALE} decimals, rounded half-up once from the exact inputs (never from an already rounded
 * intermediate), so a figure is reproducible by hand from the counts.
 */
final class Decimals {

    /** Decimals kept in indices, rates, growth and daily averages: 1.2615, 0.0230, 1234.5679. */
    static final int SCALE = 4;

    static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private Decimals() {
    }

    /** {@code numerator / denominator} rounded to {@link #SCALE}, or null when the denominator is zero. */
    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, SCALE, ROUNDING);
    }

    static BigDecimal ratio(long numerator, long denominator) {
        return ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    /**
     * Relative change {@code (current − base) / base}, e.g. 0.2500 for +25 %. Null when the base is zero or negative:
     * growth from nothing is undefined, and from a negative net (refunds above sales) its sign would mislead.
     */
    static BigDecimal growth(BigDecimal current, BigDecimal base) {
        if (base.signum() <= 0) {
            return null;
        }
        return ratio(current.subtract(base), base);
    }
}

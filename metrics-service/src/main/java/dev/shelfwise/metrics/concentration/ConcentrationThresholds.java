package dev.shelfwise.metrics.concentration;

import java.math.BigDecimal;

/**
 * Levels of the top-1 % share at which GMV counts as concentrated.
 *
 * <p>A share strictly <b>above</b> a level reaches it ("the top 1 % hold more than 90 % of GMV"); an alert that fired
 * at a level resolves only when the share falls strictly <b>below</b> {@code level − hysteresis}, so a share that
 * hovers around the level does not flap. Levels are compared as the decimals they were written as
 * ({@link BigDecimal#valueOf(double)}), so 0.90 − 0.05 is exactly 0.85, not 0.8500000000000001.
 *
 * @param warning          warning level, default {@value #DEFAULT_WARNING}
 * @param overConcentrated over-concentration level, default {@value #DEFAULT_OVER_CONCENTRATED}
 * @param hysteresis       how far below a level the share must fall to resolve, default {@value #DEFAULT_HYSTERESIS}
 */
public record ConcentrationThresholds(double warning, double overConcentrated, double hysteresis) {

    public static final double DEFAULT_WARNING = 0.80;
    public static final double DEFAULT_OVER_CONCENTRATED = 0.90;
    public static final double DEFAULT_HYSTERESIS = 0.05;

    public static final ConcentrationThresholds DEFAULTS =
            new ConcentrationThresholds(DEFAULT_WARNING, DEFAULT_OVER_CONCENTRATED, DEFAULT_HYSTERESIS);

    /** Levels are shares: {@code 0 ≤ warning ≤ overConcentrated ≤ 1} and {@code 0 ≤ hysteresis ≤ warning}. */
    public ConcentrationThresholds {
        if (!(0 <= warning && warning <= overConcentrated && overConcentrated <= 1)) {
            throw new IllegalArgumentException("need 0 ≤ warning ≤ overConcentrated ≤ 1, were warning=" + warning
                    + ", overConcentrated=" + overConcentrated);
        }
        if (!(0 <= hysteresis && hysteresis <= warning)) {
            throw new IllegalArgumentException("need 0 ≤ hysteresis ≤ warning, was hysteresis=" + hysteresis);
        }
    }

    /** Status of a top-1 % share: above overConcentrated → over-concentrated, above warning → warning. */
    public ConcentrationStatus statusOf(double top1PctShare) {
        if (isAbove(top1PctShare, overConcentrated)) {
            return ConcentrationStatus.OVER_CONCENTRATED;
        }
        if (isAbove(top1PctShare, warning)) {
            return ConcentrationStatus.WARNING;
        }
        return ConcentrationStatus.HEALTHY;
    }

    /** Whether the share reaches the level (strictly above it). */
    boolean isAbove(double share, double level) {
        return BigDecimal.valueOf(share).compareTo(BigDecimal.valueOf(level)) > 0;
    }

    /** Whether an alert fired at {@code level} may resolve: the share is strictly below level − hysteresis. */
    boolean isClearlyBelow(double share, double level) {
        BigDecimal resolveBelow = BigDecimal.valueOf(level).subtract(BigDecimal.valueOf(hysteresis));
        return BigDecimal.valueOf(share).compareTo(resolveBelow) < 0;
    }
}

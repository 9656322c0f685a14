package dev.shelfwise.matrix.strategy;

import java.math.BigDecimal;

/**
 * How one factor counted in a category's score.
 *
 * @param factor          the factor
 * @param value           the category's raw value; null when unknown
 * @param normalised      the value min-max normalised across the categories that have one, in [0, 1]; null when
 *                        unknown
 * @param weight          the goal's configured weight for the factor
 * @param effectiveWeight the weight actually applied: {@code weight / Σ weights of the factors this category has a
 *                        value for}; 0 when the value is unknown (its weight went to the known factors)
 * @param contribution    weight × normalised / Σ weights of the known factors (effectiveWeight × normalised before
 *                        rounding); null when the value is unknown
 * @param note            why a factor did not count, or null
 */
public record FactorScore(Factor factor, BigDecimal value, BigDecimal normalised, BigDecimal weight,
                          BigDecimal effectiveWeight, BigDecimal contribution, String note) {

    /** The note of a factor whose value is unknown. */
    public static final String NO_DATA = "no data: weight redistributed to the known factors";
}

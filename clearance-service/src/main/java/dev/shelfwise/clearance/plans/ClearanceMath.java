package dev.shelfwise.clearance.plans;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one rounding policy of the clearance domain.
 * <p>
 * Additions, subtractions and multiplications of money are exact ({@link BigDecimal} never rounds them). Divisions
 * (ad spend per order, CPA, days to clear, weeks of cover) use {@link #MATH}: 34 significant digits, half-even, so a
 * quotient that terminates (10 / 4) is exact and one that does not (10 / 3) is off by less than 1e-30. Comparisons
 * (viability, ties, budget) are made on these unrounded values. Nothing is rounded to cents inside the domain:
 * {@link #forDisplay} is for the REST layer and for messages.
 */
public final class ClearanceMath {

    /** Precision of every division in the domain. */
    public static final MathContext MATH = MathContext.DECIMAL128;
    /** Scale of money shown to people (cents). */
    public static final int DISPLAY_SCALE = 2;
    /** Rounding of money shown to people (banker's rounding: no drift over many rows). */
    public static final RoundingMode DISPLAY_ROUNDING = RoundingMode.HALF_EVEN;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ClearanceMath() {
    }

    /** {@code dividend / divisor} at {@link #MATH}. */
    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, MATH);
    }

    /** The value at cents, half-even; null stays null. */
    public static BigDecimal forDisplay(BigDecimal value) {
        return value == null ? null : value.setScale(DISPLAY_SCALE, DISPLAY_ROUNDING);
    }

    /** Money for messages: {@code 4.5 -> "4.50"}. */
    public static String show(BigDecimal value) {
        return forDisplay(value).toPlainString();
    }

    /** A rate for messages: {@code 0.05 -> "5 %"}, {@code 0.125 -> "12.5 %"}. */
    public static String percent(BigDecimal rate) {
        BigDecimal scaled = rate.multiply(HUNDRED).setScale(DISPLAY_SCALE, DISPLAY_ROUNDING).stripTrailingZeros();
        return scaled.toPlainString() + " %";
    }
}

package dev.shelfwise.metrics.indices;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Cut points between the bands of the new-customer index.
 *
 * <p>Convention: <b>a cut point belongs to the more extreme band</b>, the one farther from 1:
 * <pre>
 *   index ≥ veryHigh          → very-high
 *   high ≤ index &lt; veryHigh  → high
 *   low &lt; index &lt; high      → moderate
 *   veryLow &lt; index ≤ low    → low
 *   index ≤ veryLow           → very-low
 * </pre>
 * So with the defaults 1.5 → very-high, 1.15 → high, 0.85 → low and 0.6 → very-low. The index compared is the
 * reported one (4 decimals), so the band always agrees with the figure shown next to it.
 */
public record BandCutPoints(BigDecimal veryHigh, BigDecimal high, BigDecimal low, BigDecimal veryLow) {

    public static final BigDecimal DEFAULT_VERY_HIGH = new BigDecimal("1.5");
    public static final BigDecimal DEFAULT_HIGH = new BigDecimal("1.15");
    public static final BigDecimal DEFAULT_LOW = new BigDecimal("0.85");
    public static final BigDecimal DEFAULT_VERY_LOW = new BigDecimal("0.6");

    public static final BandCutPoints DEFAULTS =
            new BandCutPoints(DEFAULT_VERY_HIGH, DEFAULT_HIGH, DEFAULT_LOW, DEFAULT_VERY_LOW);

    /** Cut points must not be negative and must not increase from {@code veryHigh} down to {@code veryLow}. */
    public BandCutPoints {
        Objects.requireNonNull(veryHigh, "veryHigh");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(veryLow, "veryLow");
        if (veryLow.signum() < 0
                || low.compareTo(veryLow) < 0
                || high.compareTo(low) < 0
                || veryHigh.compareTo(high) < 0) {
            throw new IllegalArgumentException("cut points must satisfy veryHigh ≥ high ≥ low ≥ veryLow ≥ 0, were "
                    + veryHigh + " / " + high + " / " + low + " / " + veryLow);
        }
    }

    /** From configuration doubles, read as the decimals they were written as (0.85 stays exactly 0.85). */
    public static BandCutPoints of(double veryHigh, double high, double low, double veryLow) {
        return new BandCutPoints(BigDecimal.valueOf(veryHigh), BigDecimal.valueOf(high),
                BigDecimal.valueOf(low), BigDecimal.valueOf(veryLow));
    }

    /** The band of an index value; never {@link IndexBand#INSUFFICIENT_DATA}, which depends on order counts. */
    public IndexBand bandOf(BigDecimal index) {
        if (index.compareTo(veryHigh) >= 0) {
            return IndexBand.VERY_HIGH;
        }
        if (index.compareTo(high) >= 0) {
            return IndexBand.HIGH;
        }
        if (index.compareTo(low) > 0) {
            return IndexBand.MODERATE;
        }
        if (index.compareTo(veryLow) > 0) {
            return IndexBand.LOW;
        }
        return IndexBand.VERY_LOW;
    }
}

package dev.shelfwise.clearance.plans;

import java.math.BigDecimal;
import java.util.List;

/**
 * Settings of the clearance rules. {@link #defaults()} gives Amazon's published practice (DESIGN.md §8) where there is
 * one, and our own judgement where there is none (marked below); the service maps its configuration onto this record.
 *
 * @param tieTolerance             two CPAs a and b are tied when |a − b| ≤ tieTolerance × max(|a|, |b|)
 * @param minimumClearanceDiscount a clearance deal needs at least this much off the current price (a note, not a veto)
 * @param ageBucketUpperBounds     inclusive upper day of each age bucket but the last, ascending (90 → "0-90", …)
 * @param excessDaysOfSupply       stock beyond this many days of sales is excess
 * @param clearanceAgeDays         units at least this old make a SKU need clearance
 * @param clearanceWeeksOfCover    this many weeks of cover or more make a SKU need clearance
 * @param measuredWindowDays       length of the trailing window of measured CPA, ending on the day asked for
 * @param minimumMeasuredOrders    attributed orders in the window before the measured CPA replaces the estimate
 */
public record ClearanceConfig(BigDecimal tieTolerance, BigDecimal minimumClearanceDiscount,
                              List<Integer> ageBucketUpperBounds, int excessDaysOfSupply, int clearanceAgeDays,
                              BigDecimal clearanceWeeksOfCover, int measuredWindowDays, int minimumMeasuredOrders) {

    /** CPAs within 5 % count as tied (DESIGN.md §8). */
    public static final BigDecimal DEFAULT_TIE_TOLERANCE = new BigDecimal("0.05");
    /** Amazon's clearance deals need at least 20 % off. */
    public static final BigDecimal DEFAULT_MINIMUM_CLEARANCE_DISCOUNT = new BigDecimal("0.20");
    /** Amazon's age buckets 0-90, 91-180, 181-270, 271-365, 365+ (aged-stock surcharges start at 181). */
    public static final List<Integer> DEFAULT_AGE_BUCKET_UPPER_BOUNDS = List.of(90, 180, 270, 365);
    /** Amazon calls stock beyond 90 days of supply excess. */
    public static final int DEFAULT_EXCESS_DAYS_OF_SUPPLY = 90;
    /** Issue 5: inventory age of 90 days or more needs clearance. */
    public static final int DEFAULT_CLEARANCE_AGE_DAYS = 90;
    /** Issue 5: 12 weeks of cover or more needs clearance. */
    public static final BigDecimal DEFAULT_CLEARANCE_WEEKS_OF_COVER = new BigDecimal("12");
    /** Issue 5: measured CPA over a trailing 7-day window. */
    public static final int DEFAULT_MEASURED_WINDOW_DAYS = 7;
    /** Our judgement, not a published figure: below 20 orders one order more or less moves the CPA by over 5 %. */
    public static final int DEFAULT_MINIMUM_MEASURED_ORDERS = 20;

    public ClearanceConfig {
        requireRate(tieTolerance, "tieTolerance");
        requireRate(minimumClearanceDiscount, "minimumClearanceDiscount");
        ageBucketUpperBounds = List.copyOf(ageBucketUpperBounds);
        for (int i = 0; i < ageBucketUpperBounds.size(); i++) {
            int previous = i == 0 ? -1 : ageBucketUpperBounds.get(i - 1);
            if (ageBucketUpperBounds.get(i) <= previous) {
                throw new IllegalArgumentException("ageBucketUpperBounds must be ascending and not negative");
            }
        }
        if (excessDaysOfSupply <= 0 || clearanceAgeDays < 0 || measuredWindowDays <= 0 || minimumMeasuredOrders < 0) {
            throw new IllegalArgumentException("day counts must be positive and the minimum order count not negative");
        }
        if (clearanceWeeksOfCover == null || clearanceWeeksOfCover.signum() <= 0) {
            throw new IllegalArgumentException("clearanceWeeksOfCover must be positive");
        }
    }

    /** The defaults listed above. */
    public static ClearanceConfig defaults() {
        return new ClearanceConfig(DEFAULT_TIE_TOLERANCE, DEFAULT_MINIMUM_CLEARANCE_DISCOUNT,
                DEFAULT_AGE_BUCKET_UPPER_BOUNDS, DEFAULT_EXCESS_DAYS_OF_SUPPLY, DEFAULT_CLEARANCE_AGE_DAYS,
                DEFAULT_CLEARANCE_WEEKS_OF_COVER, DEFAULT_MEASURED_WINDOW_DAYS, DEFAULT_MINIMUM_MEASURED_ORDERS);
    }

    /** A copy with another tie tolerance. */
    public ClearanceConfig withTieTolerance(BigDecimal tolerance) {
        return new ClearanceConfig(tolerance, minimumClearanceDiscount, ageBucketUpperBounds, excessDaysOfSupply,
                clearanceAgeDays, clearanceWeeksOfCover, measuredWindowDays, minimumMeasuredOrders);
    }

    /** A copy with another minimum order count for measured CPA. */
    public ClearanceConfig withMinimumMeasuredOrders(int minimum) {
        return new ClearanceConfig(tieTolerance, minimumClearanceDiscount, ageBucketUpperBounds, excessDaysOfSupply,
                clearanceAgeDays, clearanceWeeksOfCover, measuredWindowDays, minimum);
    }

    private static void requireRate(BigDecimal rate, String name) {
        if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(name + " must be within [0, 1]");
        }
    }
}

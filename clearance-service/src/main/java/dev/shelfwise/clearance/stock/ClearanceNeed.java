package dev.shelfwise.clearance.stock;

import static dev.shelfwise.clearance.plans.ClearanceMath.divide;

import dev.shelfwise.clearance.plans.ClearanceConfig;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a SKU needs clearance (issue 5): it does when it has units on hand and either some are at least
 * {@code clearanceAgeDays} old (90) or its weeks of cover reach {@code clearanceWeeksOfCover} (12); a SKU that sells
 * nothing has unlimited cover.
 * <ul>
 *   <li>weeks of cover = onHand / (7 × average daily units sold); null when nothing sells;</li>
 *   <li>excess units = onHand − ceil(excessDaysOfSupply × daily sales), at least 0: what 90 days of sales will not
 *       take (the part of a unit those sales would reach is kept);</li>
 * </ul>
 *
 * @param sku             the SKU
 * @param needed          whether clearance is needed
 * @param onHand          units on hand
 * @param oldestAgeDays   age of the oldest units on hand (0 when none)
 * @param agedUnits       units at least clearanceAgeDays old
 * @param unitsByAgeBucket units per age bucket label, every bucket listed in order
 * @param weeksOfCover    weeks the stock lasts at the current pace, null when nothing sells
 * @param excessUnits     units beyond the excess days of supply
 * @param reasons         why clearance is needed (empty when it is not)
 */
public record ClearanceNeed(String sku, boolean needed, long onHand, int oldestAgeDays, long agedUnits,
                            Map<String, Long> unitsByAgeBucket, BigDecimal weeksOfCover, long excessUnits,
                            List<String> reasons) {

    private static final BigDecimal DAYS_PER_WEEK = BigDecimal.valueOf(7);

    public ClearanceNeed {
        unitsByAgeBucket = Collections.unmodifiableMap(new LinkedHashMap<>(unitsByAgeBucket));
        reasons = List.copyOf(reasons);
    }

    /** Applies the rule to {@code position}. */
    public static ClearanceNeed assess(StockPosition position, ClearanceConfig config) {
        long onHand = position.onHand();
        BigDecimal daily = position.averageDailyUnitsSold();
        int oldest = position.lots().stream().filter(lot -> lot.units() > 0).mapToInt(StockLot::ageDays).max()
                .orElse(0);
        long aged = position.lots().stream().filter(lot -> lot.ageDays() >= config.clearanceAgeDays())
                .mapToLong(StockLot::units).sum();

        Map<String, Long> byBucket = new LinkedHashMap<>();
        for (AgeBucket bucket : AgeBucket.fromUpperBounds(config.ageBucketUpperBounds())) {
            byBucket.put(bucket.label(), position.lots().stream().filter(lot -> bucket.contains(lot.ageDays()))
                    .mapToLong(StockLot::units).sum());
        }

        BigDecimal weeksOfCover = daily.signum() == 0 ? null
                : divide(BigDecimal.valueOf(onHand), daily.multiply(DAYS_PER_WEEK));
        long supplyKept = daily.multiply(BigDecimal.valueOf(config.excessDaysOfSupply()))
                .setScale(0, RoundingMode.CEILING).min(BigDecimal.valueOf(onHand)).longValueExact();
        long excess = onHand - supplyKept;

        List<String> reasons = new ArrayList<>();
        if (onHand > 0) {
            if (aged > 0) {
                reasons.add(aged + " units are " + config.clearanceAgeDays() + " days old or older (oldest "
                        + oldest + " days)");
            }
            if (weeksOfCover == null) {
                reasons.add("nothing sells: the stock never runs out");
            } else if (weeksOfCover.compareTo(config.clearanceWeeksOfCover()) >= 0) {
                reasons.add("weeks of cover " + weeksOfCover.setScale(1, RoundingMode.HALF_EVEN).toPlainString()
                        + " reach " + config.clearanceWeeksOfCover().toPlainString());
            }
        }
        boolean needed = !reasons.isEmpty();
        return new ClearanceNeed(position.sku(), needed, onHand, oldest, aged, byBucket, weeksOfCover, excess,
                reasons);
    }
}

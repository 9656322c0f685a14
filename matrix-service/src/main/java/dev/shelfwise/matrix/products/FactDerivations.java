package dev.shelfwise.matrix.products;

import dev.shelfwise.contracts.InventoryEvent;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * How the figures the rules need are derived from what the topics carry (pure, no framework). The v1 contracts carry
 * no promotion price and no weeks of cover, so:
 * <ul>
 *   <li><b>promo price</b> = product-stats' average unit price (GMV net of discounts and refunds / units over the
 *       stats window) when it is positive and below the list price — what shoppers actually paid; otherwise none
 *       (the SKU sells at list price);</li>
 *   <li><b>unit cost</b> = the latest inventory snapshot's unit cost (the cost of the stock being sold), else the
 *       catalog's; <b>margin</b> = (price − unit cost) / price at the promo price;</li>
 *   <li><b>inventory age</b> = days since the stock was received, or, with age buckets, the lower bound of the
 *       oldest bucket that holds units ({@code 181-270} → 181); 0 with nothing on hand;</li>
 *   <li><b>weeks of cover</b> = on hand / (units sold in the stats window × 7 / window days); 0 with nothing on
 *       hand; {@link #UNBOUNDED_WEEKS_OF_COVER} with stock but no unit sold;</li>
 *   <li><b>GMV</b> net of refunds below zero (refunds of earlier sales) counts as 0.</li>
 * </ul>
 */
public final class FactDerivations {

    /** Weeks of cover of stock that does not sell: the cover is unbounded; any threshold is below it. */
    public static final BigDecimal UNBOUNDED_WEEKS_OF_COVER = new BigDecimal("9999");
    private static final BigDecimal DAYS_PER_WEEK = BigDecimal.valueOf(7);
    private static final int WEEKS_SCALE = 2;

    private FactDerivations() {
    }

    /** The promotion price, or null when the SKU sells at list price. */
    public static BigDecimal promoPrice(BigDecimal listPrice, BigDecimal averageUnitPrice) {
        if (averageUnitPrice == null || averageUnitPrice.signum() <= 0 || averageUnitPrice.compareTo(listPrice) >= 0) {
            return null;
        }
        return averageUnitPrice;
    }

    /** The inventory's unit cost when known, else the catalog's; null when neither knows. */
    public static BigDecimal unitCost(BigDecimal inventoryUnitCost, BigDecimal catalogUnitCost) {
        return inventoryUnitCost != null ? inventoryUnitCost : catalogUnitCost;
    }

    /**
     * Age in days of the stock on hand as of {@code asOf}; null when neither the receipt date nor buckets are known.
     */
    public static Integer inventoryAgeDays(int onHand, Instant receivedAt, Map<String, Integer> ageBuckets,
                                           LocalDate asOf, ZoneId zone) {
        if (onHand == 0) {
            return 0;
        }
        if (receivedAt != null) {
            long days = ChronoUnit.DAYS.between(receivedAt.atZone(zone).toLocalDate(), asOf);
            return (int) Math.max(0, days);
        }
        if (ageBuckets == null) {
            return null;
        }
        Integer oldest = null;
        for (String bucket : InventoryEvent.AGE_BUCKETS) {
            Integer units = ageBuckets.get(bucket);
            if (units != null && units > 0) {
                oldest = lowerBound(bucket);
            }
        }
        return oldest;
    }

    /** The first day of an age bucket: {@code 91-180} → 91, {@code 365+} → 365. */
    static int lowerBound(String bucket) {
        int end = bucket.indexOf('-');
        return Integer.parseInt(end < 0 ? bucket.replace("+", "") : bucket.substring(0, end));
    }

    /** Weeks of cover; null when stock or the sales rate is unknown. */
    public static BigDecimal weeksOfCover(Integer onHand, Long units, Integer windowDays) {
        if (onHand == null || units == null || windowDays == null || windowDays <= 0) {
            return null;
        }
        if (onHand == 0) {
            return BigDecimal.ZERO;
        }
        if (units == 0) {
            return UNBOUNDED_WEEKS_OF_COVER;
        }
        BigDecimal weeklyUnits = BigDecimal.valueOf(units).multiply(DAYS_PER_WEEK)
                .divide(BigDecimal.valueOf(windowDays), MathContext.DECIMAL64);
        return BigDecimal.valueOf(onHand).divide(weeklyUnits, WEEKS_SCALE, RoundingMode.HALF_UP);
    }

    /** GMV for the rules: never below zero. */
    public static BigDecimal gmv(BigDecimal netGmv) {
        return netGmv == null || netGmv.signum() >= 0 ? netGmv : BigDecimal.ZERO;
    }
}

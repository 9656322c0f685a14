package dev.shelfwise.clearance.alerts;

import static dev.shelfwise.clearance.plans.ClearanceMath.divide;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * "A clearance running on ads alone for N days with sell-through below plan recommends a price cut" (DESIGN.md §8),
 * made checkable from what this service sees. Over the N days ending today (N = 7 by default):
 * <ul>
 *   <li><b>under clearance</b>: the SKU needs clearance today;</li>
 *   <li><b>on ads</b>: the SKU had ad spend on every one of the N days;</li>
 *   <li><b>alone</b>: no price move: the average selling price of the N days is not at least the minimum clearance
 *       discount below the average price of the velocity window's days before them (with no sale on either side a
 *       move cannot be seen and is taken as none);</li>
 *   <li><b>below plan</b>: units sold in the N days &lt; the plan's pace × N, the plan being to clear the units to clear
 *       within the excess days of supply (90): units to clear × N / 90.</li>
 * </ul>
 *
 * @param adsEveryDay  ad spend on each of the N days
 * @param priceMoved   the price dropped by the minimum clearance discount or more
 * @param unitsSold    units sold in the N days, all channels
 * @param plannedUnits units the plan expected in the N days
 * @param breached     all four conditions hold: raise (or keep) the alert
 */
public record AdsOnlyRule(boolean adsEveryDay, boolean priceMoved, long unitsSold, BigDecimal plannedUnits,
                          boolean breached) {

    /**
     * Checks the rule.
     *
     * @param underClearance    the SKU needs clearance
     * @param unitsToClear      units the plan clears
     * @param adDays            days with ad spend on the SKU
     * @param unitsInWindow     units sold in the N days
     * @param revenueInWindow   money received for them
     * @param unitsBefore       units sold in the velocity window's days before the N days
     * @param revenueBefore     money received for them
     */
    public static AdsOnlyRule check(boolean underClearance, long unitsToClear, Set<LocalDate> adDays, LocalDate today,
                                    int days, long unitsInWindow, BigDecimal revenueInWindow, long unitsBefore,
                                    BigDecimal revenueBefore, BigDecimal minimumClearanceDiscount,
                                    int excessDaysOfSupply) {
        boolean everyDay = true;
        for (int back = 0; back < days; back++) {
            everyDay &= adDays.contains(today.minusDays(back));
        }
        boolean moved = false;
        if (unitsInWindow > 0 && unitsBefore > 0) {
            BigDecimal now = divide(revenueInWindow, BigDecimal.valueOf(unitsInWindow));
            BigDecimal before = divide(revenueBefore, BigDecimal.valueOf(unitsBefore));
            moved = now.compareTo(before.multiply(BigDecimal.ONE.subtract(minimumClearanceDiscount))) <= 0;
        }
        BigDecimal planned = divide(BigDecimal.valueOf(unitsToClear).multiply(BigDecimal.valueOf(days)),
                BigDecimal.valueOf(excessDaysOfSupply));
        boolean below = BigDecimal.valueOf(unitsInWindow).compareTo(planned) < 0;
        return new AdsOnlyRule(everyDay, moved, unitsInWindow, planned,
                underClearance && everyDay && !moved && below);
    }
}

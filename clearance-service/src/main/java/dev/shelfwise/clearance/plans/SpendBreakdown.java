package dev.shelfwise.clearance.plans;

import java.math.BigDecimal;

/**
 * The money a channel plan pays out (C_k of DESIGN.md §8), by kind. A coupon is not here: it lowers the net price.
 *
 * @param adSpend      ad spend per day × days the channel runs
 * @param orderFees    fee per order × orders
 * @param commissions  commission rate × net price × orders
 * @param extraHolding holding cost of the cleared units while they wait to sell (see {@link ChannelPlan})
 */
public record SpendBreakdown(BigDecimal adSpend, BigDecimal orderFees, BigDecimal commissions,
                             BigDecimal extraHolding) {

    /** Nothing paid out. */
    public static final SpendBreakdown NONE =
            new SpendBreakdown(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    /** C_k: everything paid out. */
    public BigDecimal total() {
        return adSpend.add(orderFees).add(commissions).add(extraHolding);
    }
}

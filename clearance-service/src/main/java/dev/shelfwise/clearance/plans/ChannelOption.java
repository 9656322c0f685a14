package dev.shelfwise.clearance.plans;

import java.math.BigDecimal;

/**
 * One channel to evaluate, as sent in the {@code channels} list of {@code POST /v1/clearance/plans}. Optional money
 * fields are null when absent; {@link ClearanceRequestValidator} says which ones each kind needs.
 *
 * @param id                   the channel's name; measured CPA is matched on it (the order's {@code channel})
 * @param kind                 how it clears
 * @param price                selling price on this channel; the price after the cut for a price cut; when null the
 *                             request's current price
 * @param couponValue          money off per order (lowers the net price, so the gross profit, and is not spend)
 * @param adSpendPerDay        ad money paid per day while the channel runs
 * @param feePerOrder          money paid per order (fulfilment, deal or liquidation per-unit fee)
 * @param commissionRate       share of the net price paid as commission, in [0, 1]
 * @param recoveryRate         liquidation only: share of the price the liquidator pays, in [0, 1]
 * @param expectedOrdersPerDay orders (one unit each) expected per day on this channel
 * @param conversionRate       expected conversion rate, in [0, 1]: breaks near-ties in the ranking
 */
public record ChannelOption(String id, ChannelKind kind, BigDecimal price, BigDecimal couponValue,
                            BigDecimal adSpendPerDay, BigDecimal feePerOrder, BigDecimal commissionRate,
                            BigDecimal recoveryRate, BigDecimal expectedOrdersPerDay, BigDecimal conversionRate) {

    /** The price this channel sells at: its own, or the current price when it has none. */
    public BigDecimal sellingPrice(BigDecimal currentPrice) {
        return price != null ? price : currentPrice;
    }

    /**
     * What the seller receives per order before spend: {@code recoveryRate × price} for liquidation, otherwise the
     * selling price minus the coupon (DESIGN.md §8: the coupon is here, not in spend).
     */
    public BigDecimal netPrice(BigDecimal currentPrice) {
        BigDecimal selling = sellingPrice(currentPrice);
        if (kind == ChannelKind.LIQUIDATION) {
            return recoveryRate.multiply(selling);
        }
        return couponValue == null ? selling : selling.subtract(couponValue);
    }

    /** Ad spend per day, zero when absent. */
    public BigDecimal adSpendPerDayOrZero() {
        return orZero(adSpendPerDay);
    }

    /** Fee per order, zero when absent. */
    public BigDecimal feePerOrderOrZero() {
        return orZero(feePerOrder);
    }

    /** Commission rate, zero when absent. */
    public BigDecimal commissionRateOrZero() {
        return orZero(commissionRate);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}

package dev.shelfwise.clearance.stock;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One order of the SKU attributed to a channel (the order's {@code channel}).
 *
 * @param channel the channel it is attributed to
 * @param day     the day it was placed
 * @param units   units of the SKU in it
 * @param revenue money received for them (after discounts and coupons)
 * @param cost    unit cost × units
 * @param fees    fees and commissions paid on it, null when none
 */
public record AttributedSale(String channel, LocalDate day, long units, BigDecimal revenue, BigDecimal cost,
                             BigDecimal fees) {
}

package dev.shelfwise.clearance.plans;

import static dev.shelfwise.clearance.plans.ClearanceMath.divide;
import static dev.shelfwise.clearance.plans.ClearanceMath.percent;
import static dev.shelfwise.clearance.plans.ClearanceMath.show;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One channel evaluated on its own against the whole lot (DESIGN.md §8). Conventions, with r = expected orders per
 * day and one order = one unit:
 * <ul>
 *   <li><b>orders</b> N_k = Q without a deadline; with one, {@code min(Q, floor(r × sellingDays))}: only whole orders
 *       expected before the deadline count. r = 0 gives N_k = 0.</li>
 *   <li><b>daysToClear</b> = Q / r, the days to sell the whole lot at this pace (null when r = 0: never);
 *       <b>daysActive</b> = N_k / r, the days the channel actually runs.</li>
 *   <li><b>spend</b> C_k = adSpendPerDay × daysActive + feePerOrder × N_k + commissionRate × netPrice × N_k
 *       + extra holding. <b>Extra holding</b> = h × (N_k / 2) × daysActive: the cleared units sell at a steady pace,
 *       so on average half of them wait through the days the channel runs (destroying now holds nothing, hence
 *       "extra"). Units the channel cannot clear are not charged here: the allocation sends them elsewhere.</li>
 *   <li><b>gross profit</b> P_k = (netPrice − c) × N_k, the net price being after the cut and the coupon, or
 *       recoveryRate × price for liquidation.</li>
 *   <li><b>CPA</b> = (C_k − P_k) / N_k, negative when clearing still earns; null when N_k = 0 (never divided).</li>
 *   <li><b>viable</b> iff N_k &gt; 0 and CPA &lt; c + d (the destruction floor): a CPA at the floor is not viable.</li>
 * </ul>
 *
 * @param channelId            the channel's id
 * @param kind                 the channel's kind
 * @param netPrice             received per order before spend
 * @param orders               N_k
 * @param daysToClear          Q / r, null when r = 0
 * @param daysActive           N_k / r (0 when N_k = 0)
 * @param spend                C_k by kind
 * @param grossProfit          P_k
 * @param netCost              C_k − P_k, the total cost of the plan (negative when it earns)
 * @param cpa                  (C_k − P_k) / N_k, null when N_k = 0
 * @param destructionFloor     c + d
 * @param expectedOrdersPerDay r
 * @param conversionRate       the conversion rate the ranking uses (estimate or measured)
 * @param cpaSource            whether cpa and conversionRate are estimated or measured
 * @param viable               CPA below the floor
 * @param notViableReason      why not viable, null when viable
 * @param notes                remarks that do not change viability (discount below the clearance minimum, deadline)
 */
public record ChannelPlan(String channelId, ChannelKind kind, BigDecimal netPrice, long orders,
                          BigDecimal daysToClear, BigDecimal daysActive, SpendBreakdown spend,
                          BigDecimal grossProfit, BigDecimal netCost, BigDecimal cpa, BigDecimal destructionFloor,
                          BigDecimal expectedOrdersPerDay, BigDecimal conversionRate, CpaSource cpaSource,
                          boolean viable, String notViableReason, List<String> notes) {

    static final String NO_ORDERS = "no orders expected";

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    public ChannelPlan {
        notes = List.copyOf(notes);
    }

    /**
     * Evaluates {@code option} for a valid {@code request}.
     *
     * @param sellingDays whole selling days before the deadline, empty without a deadline
     */
    public static ChannelPlan evaluate(ClearanceRequest request, ChannelOption option, OptionalLong sellingDays,
                                       ClearanceConfig config) {
        long quantity = request.quantity();
        BigDecimal rate = option.expectedOrdersPerDay();
        BigDecimal unitCost = request.unitCost();
        BigDecimal floor = request.destructionFloor();
        BigDecimal netPrice = option.netPrice(request.price());
        List<String> notes = new ArrayList<>();
        discountNote(option, request.price(), netPrice, config).ifPresent(notes::add);

        if (rate.signum() == 0) {
            return notViable(option, netPrice, null, floor, NO_ORDERS, notes);
        }
        BigDecimal daysToClear = divide(BigDecimal.valueOf(quantity), rate);
        long orders = quantity;
        if (sellingDays.isPresent()) {
            BigDecimal expectedBeforeDeadline = rate.multiply(BigDecimal.valueOf(sellingDays.getAsLong()));
            if (expectedBeforeDeadline.compareTo(BigDecimal.valueOf(quantity)) < 0) {
                orders = expectedBeforeDeadline.setScale(0, RoundingMode.FLOOR).longValueExact();
                if (orders == 0) {
                    return notViable(option, netPrice, daysToClear, floor,
                            "too slow: fewer than one order expected before the deadline ("
                                    + expectedBeforeDeadline.stripTrailingZeros().toPlainString() + " in "
                                    + sellingDays.getAsLong() + " days)", notes);
                }
                notes.add("clears only " + orders + " of " + quantity + " units before the deadline");
            }
        }
        BigDecimal n = BigDecimal.valueOf(orders);
        BigDecimal daysActive = divide(n, rate);
        SpendBreakdown spend = new SpendBreakdown(
                divide(option.adSpendPerDayOrZero().multiply(n), rate),
                option.feePerOrderOrZero().multiply(n),
                option.commissionRateOrZero().multiply(netPrice).multiply(n),
                // h × (N / 2) × (N / r), written with one division
                divide(request.holdingCostPerUnitDay().multiply(n).multiply(n), TWO.multiply(rate)));
        BigDecimal grossProfit = netPrice.subtract(unitCost).multiply(n);
        BigDecimal netCost = spend.total().subtract(grossProfit);
        BigDecimal cpa = divide(netCost, n);
        boolean viable = cpa.compareTo(floor) < 0;
        return new ChannelPlan(option.id(), option.kind(), netPrice, orders, daysToClear, daysActive, spend,
                grossProfit, netCost, cpa, floor, rate, option.conversionRate(), CpaSource.ESTIMATE, viable,
                viable ? null : aboveFloor(cpa, floor), notes);
    }

    /**
     * This plan with a measured CPA and (when known) conversion rate, viability judged again against the floor. The
     * spend breakdown stays the estimate; {@link #netCost()} becomes measured CPA × orders so that the allocation uses
     * the measured figure too. A plan without orders stays as it is: it has nothing to clear.
     *
     * @param measuredConversion null keeps the estimated conversion rate
     */
    public ChannelPlan withMeasured(BigDecimal measuredCpa, BigDecimal measuredConversion) {
        if (orders == 0) {
            return this;
        }
        boolean nowViable = measuredCpa.compareTo(destructionFloor) < 0;
        return new ChannelPlan(channelId, kind, netPrice, orders, daysToClear, daysActive, spend, grossProfit,
                measuredCpa.multiply(BigDecimal.valueOf(orders)), measuredCpa, destructionFloor,
                expectedOrdersPerDay, measuredConversion != null ? measuredConversion : conversionRate,
                CpaSource.MEASURED, nowViable, nowViable ? null : aboveFloor(measuredCpa, destructionFloor), notes);
    }

    /**
     * Money paid out to clear {@code units} ≤ N_k through this channel, at the plan's average per order:
     * C_k × units / N_k. The allocation treats each plan's per-order figures as its marginal ones.
     */
    public BigDecimal spendFor(long units) {
        return share(spend.total(), units);
    }

    /** Net cost of clearing {@code units} ≤ N_k through this channel: (C_k − P_k) × units / N_k. */
    public BigDecimal netCostFor(long units) {
        return share(netCost, units);
    }

    private BigDecimal share(BigDecimal total, long units) {
        if (units < 0 || units > orders) {
            throw new IllegalArgumentException(units + " units outside 0.." + orders + " for " + channelId);
        }
        if (units == orders) {
            return total;
        }
        return divide(total.multiply(BigDecimal.valueOf(units)), BigDecimal.valueOf(orders));
    }

    private static ChannelPlan notViable(ChannelOption option, BigDecimal netPrice, BigDecimal daysToClear,
                                         BigDecimal floor, String reason, List<String> notes) {
        return new ChannelPlan(option.id(), option.kind(), netPrice, 0, daysToClear, BigDecimal.ZERO,
                SpendBreakdown.NONE, BigDecimal.ZERO, BigDecimal.ZERO, null, floor, option.expectedOrdersPerDay(),
                option.conversionRate(), CpaSource.ESTIMATE, false, reason, notes);
    }

    private static String aboveFloor(BigDecimal cpa, BigDecimal floor) {
        return "CPA " + show(cpa) + " is not below the destruction floor " + show(floor)
                + " (unit cost + disposal fee): destroy or liquidate instead";
    }

    private static Optional<String> discountNote(ChannelOption option, BigDecimal currentPrice,
                                                           BigDecimal netPrice, ClearanceConfig config) {
        if (!option.kind().isPriceMove()) {
            return Optional.empty();
        }
        BigDecimal discount = BigDecimal.ONE.subtract(divide(netPrice, currentPrice));
        if (discount.compareTo(config.minimumClearanceDiscount()) >= 0) {
            return Optional.empty();
        }
        return Optional.of("discount " + percent(discount) + " is below the "
                + percent(config.minimumClearanceDiscount()) + " a clearance deal needs");
    }
}

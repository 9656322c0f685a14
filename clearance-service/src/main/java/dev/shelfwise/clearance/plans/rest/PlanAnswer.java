package dev.shelfwise.clearance.plans.rest;

import static dev.shelfwise.clearance.plans.ClearanceMath.forDisplay;

import dev.shelfwise.clearance.plans.Allocation;
import dev.shelfwise.clearance.plans.ChannelAllocation;
import dev.shelfwise.clearance.plans.ChannelPlan;
import dev.shelfwise.clearance.plans.ClearanceMath;
import dev.shelfwise.clearance.plans.ClearancePlanResult;
import dev.shelfwise.clearance.plans.DroppedChannel;
import dev.shelfwise.clearance.plans.RankedPlan;
import dev.shelfwise.clearance.plans.Remainder;
import dev.shelfwise.clearance.plans.SpendBreakdown;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The planner's answer as JSON. Money and days are rounded to cents for display ({@link ClearanceMath#forDisplay});
 * rates to {@value #RATE_SCALE} decimals. Every comparison was made on the exact values before rounding.
 *
 * @param destructionFloor unit cost + disposal fee: the CPA every viable channel beats
 * @param channels         every channel, in request order
 * @param ranking          best first, with the reason of each place
 * @param allocation       the units per channel, the remainder and the totals against destroying everything now
 */
public record PlanAnswer(String sku, BigDecimal destructionFloor, List<Channel> channels, List<Rank> ranking,
                         AllocationAnswer allocation) {

    /** Decimals of rates (conversion) in answers. */
    public static final int RATE_SCALE = 4;

    public static PlanAnswer of(ClearancePlanResult result) {
        return new PlanAnswer(result.sku(), forDisplay(result.destructionFloor()),
                result.plans().stream().map(Channel::of).toList(),
                result.ranking().stream().map(Rank::of).toList(), AllocationAnswer.of(result.allocation()));
    }

    /**
     * One channel evaluated on its own against the whole lot.
     *
     * @param totalCost C − P: what clearing through it costs in all (negative when it earns)
     * @param cpa       (C − P) / orders; null when it expects no orders
     * @param cpaSource {@code estimate} or {@code measured}
     */
    public record Channel(String id, String kind, BigDecimal netPrice, long orders, BigDecimal daysToClear,
                          BigDecimal daysActive, Spend spend, BigDecimal grossProfit, BigDecimal totalCost,
                          BigDecimal cpa, BigDecimal conversionRate, String cpaSource, boolean viable,
                          String notViableReason, List<String> notes) {

        static Channel of(ChannelPlan plan) {
            return new Channel(plan.channelId(), plan.kind().jsonName(), forDisplay(plan.netPrice()), plan.orders(),
                    forDisplay(plan.daysToClear()), forDisplay(plan.daysActive()), Spend.of(plan.spend()),
                    forDisplay(plan.grossProfit()), forDisplay(plan.netCost()), forDisplay(plan.cpa()),
                    rate(plan.conversionRate()), name(plan.cpaSource()), plan.viable(), plan.notViableReason(),
                    plan.notes());
        }
    }

    /** Money paid out by a channel (C), by kind; a coupon is not here, it lowers the gross profit. */
    public record Spend(BigDecimal adSpend, BigDecimal orderFees, BigDecimal commissions, BigDecimal extraHolding,
                        BigDecimal total) {

        static Spend of(SpendBreakdown spend) {
            return new Spend(forDisplay(spend.adSpend()), forDisplay(spend.orderFees()),
                    forDisplay(spend.commissions()), forDisplay(spend.extraHolding()), forDisplay(spend.total()));
        }
    }

    /** A place in the ranking. */
    public record Rank(int rank, String id, String kind, BigDecimal cpa, BigDecimal conversionRate, String cpaSource,
                       boolean viable, String reason) {

        static Rank of(RankedPlan ranked) {
            ChannelPlan plan = ranked.plan();
            return new Rank(ranked.rank(), plan.channelId(), plan.kind().jsonName(), forDisplay(plan.cpa()),
                    rate(plan.conversionRate()), name(plan.cpaSource()), plan.viable(), ranked.reason());
        }
    }

    /**
     * How to split the lot.
     *
     * @param unitsSold              units through the selling channels
     * @param savingVersusDestroying destroyEverythingNowCost − totalCost
     */
    public record AllocationAnswer(List<Line> channels, RemainderAnswer remainder, List<DroppedChannel> dropped,
                                   long unitsSold, BigDecimal budget, BigDecimal budgetUsed, BigDecimal budgetLeft,
                                   BigDecimal totalCost, BigDecimal destroyEverythingNowCost,
                                   BigDecimal savingVersusDestroying) {

        static AllocationAnswer of(Allocation allocation) {
            return new AllocationAnswer(allocation.channels().stream().map(Line::of).toList(),
                    RemainderAnswer.of(allocation.remainder()), allocation.dropped(), allocation.unitsSold(),
                    forDisplay(allocation.budget()), forDisplay(allocation.budgetUsed()),
                    forDisplay(allocation.budgetLeft()), forDisplay(allocation.totalCost()),
                    forDisplay(allocation.destroyEverythingNowCost()),
                    forDisplay(allocation.savingVersusDestroying()));
        }
    }

    /** Units given to one channel; {@code limitedBy} is {@code budget}, {@code deadline} or null. */
    public record Line(String id, String kind, long units, BigDecimal spend, BigDecimal netCost, BigDecimal cpa,
                       BigDecimal daysToClear, String limitedBy) {

        static Line of(ChannelAllocation allocation) {
            return new Line(allocation.channelId(), allocation.kind().jsonName(), allocation.units(),
                    forDisplay(allocation.spend()), forDisplay(allocation.netCost()), forDisplay(allocation.cpa()),
                    forDisplay(allocation.daysToClear()), allocation.limitedBy());
        }
    }

    /** What the selling channels leave: liquidated, destroyed, or both; {@code fate} in kebab case. */
    public record RemainderAnswer(long units, List<Line> liquidations, long destroyedUnits,
                                  BigDecimal destructionCost, BigDecimal cost, String fate, String reason) {

        static RemainderAnswer of(Remainder remainder) {
            return new RemainderAnswer(remainder.units(), remainder.liquidations().stream().map(Line::of).toList(),
                    remainder.destroyedUnits(), forDisplay(remainder.destructionCost()), forDisplay(remainder.cost()),
                    name(remainder.fate()), remainder.reason());
        }
    }

    /** A rate for display, null stays null. */
    public static BigDecimal rate(BigDecimal rate) {
        return rate == null ? null : rate.setScale(RATE_SCALE, ClearanceMath.DISPLAY_ROUNDING);
    }

    /** An enum constant as JSON names it: {@code LIQUIDATION_AND_DESTRUCTION -> "liquidation-and-destruction"}. */
    static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

package dev.shelfwise.clearance.plans;

import static dev.shelfwise.clearance.plans.ClearanceMath.divide;
import static dev.shelfwise.clearance.plans.ClearanceMath.show;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Splits the lot between the channels (DESIGN.md §8), lowest marginal CPA first:
 * <ul>
 *   <li>A plan's CPA is its marginal CPA: every unit through a channel costs the plan's average (spend and net cost
 *       scale as units / N_k). This slightly overstates the holding cost of a channel that gets fewer units than it
 *       would clear alone, and keeps the allocation exact and checkable by hand.</li>
 *   <li>Viable plans are filled in CPA order; equal CPAs keep their ranking order (conversion, then price first).
 *       Non-viable plans get nothing: a unit through them costs more than destroying it.</li>
 *   <li>Each channel takes at most its N_k, which already holds only what it can clear before the deadline, so a
 *       channel too slow for even one order is dropped and a slow one is limited.</li>
 *   <li>The budget caps the money paid out (spend C) by the selling channels, in whole units: a channel whose next
 *       unit does not fit is limited (or dropped) and the next channels, which may spend less per unit, still get
 *       their turn. A budget spent to the cent is exhausted exactly: nothing is rounded.</li>
 *   <li>Liquidation is a fallback, not paid from the budget (its fees come out of its proceeds): it takes units in
 *       its CPA order, which is cheaper than destroying them because it is viable; whatever is left is destroyed now
 *       at c + d per unit.</li>
 * </ul>
 */
public final class BudgetAllocator {

    private BudgetAllocator() {
    }

    /** Allocates the lot of a valid {@code request} over its ranked plans. */
    public static Allocation allocate(ClearanceRequest request, List<RankedPlan> ranking) {
        long left = request.quantity();
        BigDecimal floor = request.destructionFloor();
        BigDecimal budget = request.budget();
        BigDecimal budgetUsed = BigDecimal.ZERO;
        List<ChannelAllocation> selling = new ArrayList<>();
        List<ChannelAllocation> liquidations = new ArrayList<>();
        List<DroppedChannel> dropped = new ArrayList<>();

        // List.sort is stable: plans with equal CPAs keep their ranking order
        List<ChannelPlan> byCpa = ranking.stream().map(RankedPlan::plan).filter(ChannelPlan::viable)
                .sorted(Comparator.comparing(ChannelPlan::cpa)).toList();
        for (ChannelPlan plan : byCpa) {
            if (left == 0) {
                dropped.add(new DroppedChannel(plan.channelId(), "no stock left: channels with a lower CPA clear it"));
                continue;
            }
            long units = Math.min(left, plan.orders());
            String limitedBy = plan.orders() < left ? ChannelAllocation.LIMITED_BY_DEADLINE : null;
            boolean isSelling = plan.kind() != ChannelKind.LIQUIDATION;
            if (isSelling && budget != null) {
                BigDecimal budgetLeft = budget.subtract(budgetUsed);
                long affordable = affordableUnits(plan, units, budgetLeft);
                if (affordable == 0) {
                    dropped.add(new DroppedChannel(plan.channelId(), "budget too small for one order: it needs "
                            + show(plan.spendFor(1)) + ", " + show(budgetLeft) + " left"));
                    continue;
                }
                if (affordable < units) {
                    units = affordable;
                    limitedBy = ChannelAllocation.LIMITED_BY_BUDGET;
                }
            }
            ChannelAllocation allocation = new ChannelAllocation(plan.channelId(), plan.kind(), units,
                    plan.spendFor(units), plan.netCostFor(units), plan.cpa(),
                    divide(BigDecimal.valueOf(units), plan.expectedOrdersPerDay()), limitedBy);
            if (isSelling) {
                selling.add(allocation);
                budgetUsed = budgetUsed.add(allocation.spend());
            } else {
                liquidations.add(allocation);
            }
            left -= units;
        }
        ranking.stream().map(RankedPlan::plan).filter(plan -> !plan.viable())
                .forEach(plan -> dropped.add(new DroppedChannel(plan.channelId(), plan.notViableReason())));

        Remainder remainder = remainder(request.quantity() - sum(selling), liquidations, left, floor);
        BigDecimal totalCost = netCost(selling).add(remainder.cost());
        BigDecimal destroyEverything = request.destroyEverythingNowCost();
        return new Allocation(selling, remainder, dropped, budget, budgetUsed,
                budget == null ? null : budget.subtract(budgetUsed), totalCost, destroyEverything,
                destroyEverything.subtract(totalCost));
    }

    /** The most whole units, up to {@code most}, whose spend fits in {@code budgetLeft}. */
    static long affordableUnits(ChannelPlan plan, long most, BigDecimal budgetLeft) {
        BigDecimal spend = plan.spend().total();
        if (spend.signum() == 0) {
            return most;
        }
        // first guess from the quotient, then settle it with exact comparisons
        BigDecimal guess = divide(budgetLeft.multiply(BigDecimal.valueOf(plan.orders())), spend)
                .setScale(0, RoundingMode.FLOOR);
        long units = guess.compareTo(BigDecimal.valueOf(most)) >= 0 ? most : Math.max(0, guess.longValueExact());
        while (units > 0 && plan.spendFor(units).compareTo(budgetLeft) > 0) {
            units--;
        }
        while (units < most && plan.spendFor(units + 1).compareTo(budgetLeft) <= 0) {
            units++;
        }
        return units;
    }

    private static Remainder remainder(long units, List<ChannelAllocation> liquidations, long destroyed,
                                       BigDecimal floor) {
        long liquidated = sum(liquidations);
        BigDecimal destructionCost = floor.multiply(BigDecimal.valueOf(destroyed));
        BigDecimal cost = netCost(liquidations).add(destructionCost);
        RemainderFate fate;
        String reason;
        if (units == 0) {
            fate = RemainderFate.NONE;
            reason = "the selling channels clear all the stock";
        } else if (destroyed == 0) {
            fate = RemainderFate.LIQUIDATION;
            reason = "liquidation via " + describe(liquidations) + " costs less per unit than destruction ("
                    + show(floor) + ")";
        } else if (liquidated == 0) {
            fate = RemainderFate.DESTRUCTION;
            reason = "no liquidation channel costs less than destruction: destroyed now at unit cost + disposal fee ("
                    + show(floor) + " per unit)";
        } else {
            fate = RemainderFate.LIQUIDATION_AND_DESTRUCTION;
            reason = "liquidation via " + describe(liquidations) + " takes " + liquidated
                    + " units, all it can before the deadline; the other " + destroyed + " are destroyed at "
                    + show(floor) + " per unit";
        }
        return new Remainder(units, liquidations, destroyed, destructionCost, cost, fate, reason);
    }

    private static String describe(List<ChannelAllocation> liquidations) {
        return liquidations.stream().map(a -> a.channelId() + " (CPA " + show(a.cpa()) + ")")
                .collect(Collectors.joining(", "));
    }

    private static long sum(List<ChannelAllocation> allocations) {
        return allocations.stream().mapToLong(ChannelAllocation::units).sum();
    }

    private static BigDecimal netCost(List<ChannelAllocation> allocations) {
        return allocations.stream().map(ChannelAllocation::netCost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

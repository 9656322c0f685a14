package dev.shelfwise.clearance.plans;

import static dev.shelfwise.clearance.plans.ClearanceMath.percent;
import static dev.shelfwise.clearance.plans.ClearanceMath.show;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Orders channel plans best first (DESIGN.md §8):
 * <ol>
 *   <li>viable plans before non-viable ones;</li>
 *   <li>among the viable plans left, take the lowest CPA, L; every plan whose CPA is tied with L's (see
 *       {@link #tied}) competes with it, and the winner is the higher conversion rate (it brings natural orders), then
 *       a price move over an ad-only plan (the article: start with price), then the lower CPA, then the id;</li>
 *   <li>repeat with the plans left; non-viable plans follow by CPA, those without orders last.</li>
 * </ol>
 * Ties are always judged against the lowest CPA left, so "within 5 %" never chains across plans.
 */
public final class PlanRanking {

    /** Base order: lowest CPA, then price moves, then higher conversion, then id (deterministic). */
    private static final Comparator<ChannelPlan> BY_CPA = Comparator.comparing(ChannelPlan::cpa)
            .thenComparing(plan -> !plan.kind().isPriceMove())
            .thenComparing(ChannelPlan::conversionRate, Comparator.reverseOrder())
            .thenComparing(ChannelPlan::channelId);

    /** Among tied plans: higher conversion, then price moves, then lower CPA, then id. */
    private static final Comparator<ChannelPlan> AMONG_TIED = Comparator
            .comparing(ChannelPlan::conversionRate, Comparator.reverseOrder())
            .thenComparing(plan -> !plan.kind().isPriceMove())
            .thenComparing(ChannelPlan::cpa)
            .thenComparing(ChannelPlan::channelId);

    private static final Comparator<ChannelPlan> NOT_VIABLE = Comparator
            .comparing(ChannelPlan::cpa, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ChannelPlan::channelId);

    private PlanRanking() {
    }

    /**
     * Two CPAs are tied when {@code |a − b| ≤ tolerance × max(|a|, |b|)}: relative to the larger magnitude, bounds
     * included, so 95 and 100 are tied at 5 % (5 ≤ 0.05 × 100) and 94.9 and 100 are not. Two zero CPAs are tied.
     */
    public static boolean tied(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
        BigDecimal difference = a.subtract(b).abs();
        return difference.compareTo(tolerance.multiply(a.abs().max(b.abs()))) <= 0;
    }

    /** Ranks {@code plans} best first, with the reason of each place. */
    public static List<RankedPlan> rank(Collection<ChannelPlan> plans, BigDecimal tolerance) {
        List<ChannelPlan> left = plans.stream().filter(ChannelPlan::viable).sorted(BY_CPA)
                .collect(Collectors.toCollection(ArrayList::new));
        List<RankedPlan> ranking = new ArrayList<>();
        while (!left.isEmpty()) {
            ChannelPlan lowest = left.get(0);
            List<ChannelPlan> tiedWithLowest = left.stream()
                    .filter(plan -> tied(plan.cpa(), lowest.cpa(), tolerance)).toList();
            ChannelPlan winner = tiedWithLowest.stream().min(AMONG_TIED).orElseThrow();
            ranking.add(new RankedPlan(ranking.size() + 1, winner,
                    reason(winner, lowest, tiedWithLowest, tolerance)));
            left.remove(winner);
        }
        plans.stream().filter(plan -> !plan.viable()).sorted(NOT_VIABLE).forEach(plan -> ranking.add(
                new RankedPlan(ranking.size() + 1, plan, "not viable: " + plan.notViableReason())));
        return List.copyOf(ranking);
    }

    private static String reason(ChannelPlan winner, ChannelPlan lowest, List<ChannelPlan> tiedWithLowest,
                                 BigDecimal tolerance) {
        if (winner == lowest) {
            String reason = "lowest remaining CPA (" + show(winner.cpa()) + ")";
            if (tiedWithLowest.size() == 1) {
                return reason;
            }
            String others = tiedWithLowest.stream().filter(plan -> plan != winner).map(ChannelPlan::channelId)
                    .collect(Collectors.joining(", "));
            return reason + "; " + others + " within " + percent(tolerance) + " but without a higher conversion rate";
        }
        String within = "CPA " + show(winner.cpa()) + " within " + percent(tolerance) + " of " + lowest.channelId()
                + " (" + show(lowest.cpa()) + ")";
        if (winner.conversionRate().compareTo(lowest.conversionRate()) > 0) {
            return within + ": higher conversion rate (" + percent(winner.conversionRate()) + " > "
                    + percent(lowest.conversionRate()) + ") brings natural orders";
        }
        return within + " at the same conversion rate: price moves come before ad-only plans";
    }
}

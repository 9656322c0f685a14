package dev.shelfwise.clearance.plans;

/**
 * A plan's place in the ranking.
 *
 * @param rank   1 for the recommended plan
 * @param plan   the plan
 * @param reason why it is here: lowest CPA, a near-tie won on conversion or on price, or why it is not viable
 */
public record RankedPlan(int rank, ChannelPlan plan, String reason) {
}

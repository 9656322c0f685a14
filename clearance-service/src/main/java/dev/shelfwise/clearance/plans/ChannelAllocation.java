package dev.shelfwise.clearance.plans;

import java.math.BigDecimal;

/**
 * Units given to one channel by the {@link BudgetAllocator}.
 *
 * @param channelId   the channel
 * @param kind        its kind
 * @param units       units it clears
 * @param spend       money it pays out for them (C_k × units / N_k)
 * @param netCost     their net cost ((C_k − P_k) × units / N_k)
 * @param cpa         the plan's CPA, used as its marginal CPA
 * @param daysToClear units / expected orders per day
 * @param limitedBy   what stopped it short of the stock left: "budget", "deadline", or null
 */
public record ChannelAllocation(String channelId, ChannelKind kind, long units, BigDecimal spend, BigDecimal netCost,
                                BigDecimal cpa, BigDecimal daysToClear, String limitedBy) {

    /** Stopped by the budget. */
    public static final String LIMITED_BY_BUDGET = "budget";
    /** Stopped by what the channel can clear before the deadline. */
    public static final String LIMITED_BY_DEADLINE = "deadline";
}

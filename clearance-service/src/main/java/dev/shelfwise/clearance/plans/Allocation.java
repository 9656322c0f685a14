package dev.shelfwise.clearance.plans;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * How to clear the lot with the channels at hand, compared with destroying everything now.
 *
 * @param channels                 selling channels (not liquidation) with their units, in the order they were filled
 * @param remainder                what they leave, and its fate
 * @param dropped                  channels that get nothing, with why
 * @param budget                   the budget asked for, null when none
 * @param budgetUsed               money paid out by the selling channels
 * @param budgetLeft               budget − budgetUsed, null when no budget
 * @param totalCost                net cost of the whole allocation, remainder included
 * @param destroyEverythingNowCost Q × (c + d)
 * @param savingVersusDestroying   destroyEverythingNowCost − totalCost
 */
public record Allocation(List<ChannelAllocation> channels, Remainder remainder, List<DroppedChannel> dropped,
                         BigDecimal budget, BigDecimal budgetUsed, BigDecimal budgetLeft, BigDecimal totalCost,
                         BigDecimal destroyEverythingNowCost, BigDecimal savingVersusDestroying) {

    public Allocation {
        channels = List.copyOf(channels);
        dropped = List.copyOf(dropped);
    }

    /** Units sold through the selling channels. */
    public long unitsSold() {
        return channels.stream().mapToLong(ChannelAllocation::units).sum();
    }

    /** Units given to {@code channelId}, selling or liquidation; 0 when none. */
    public long unitsOf(String channelId) {
        return Stream.concat(channels.stream(), remainder.liquidations().stream())
                .filter(allocation -> allocation.channelId().equals(channelId))
                .mapToLong(ChannelAllocation::units).sum();
    }
}

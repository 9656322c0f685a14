package dev.shelfwise.clearance.plans;

/**
 * A channel that gets no units, and why (not viable, too slow for the deadline, budget too small, no stock left).
 *
 * @param channelId the channel
 * @param reason    why it gets nothing
 */
public record DroppedChannel(String channelId, String reason) {
}

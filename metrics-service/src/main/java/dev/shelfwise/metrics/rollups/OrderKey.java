package dev.shelfwise.metrics.rollups;

/** An order's identity: order ids are unique per platform. */
public record OrderKey(String platform, String orderId) {
}

package dev.shelfwise.metrics.rollups;

/** Which day a refund reduces (DESIGN.md §4). */
public enum RefundAttribution {
    /** The day of the refunded order: a promotion's figures net out the returns it caused (default). */
    ORDER_DAY,
    /** The day the refund happened. */
    REFUND_DAY
}

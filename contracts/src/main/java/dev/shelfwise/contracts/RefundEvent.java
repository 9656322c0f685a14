package dev.shelfwise.contracts;

import java.time.OffsetDateTime;
import java.util.List;

/** A refund or cancellation of (part of) an order (topic {@code refunds.v1}, keyed by order). */
public record RefundEvent(String orderId, String refundId, String platform, OffsetDateTime at, List<RefundLine> lines)
        implements ShelfwiseEvent {

    @Override
    public EventType type() {
        return EventType.REFUND;
    }

    @Override
    public String key() {
        return orderId;
    }

    @Override
    public String naturalId() {
        return "refund:" + platform + ":" + refundId;
    }
}

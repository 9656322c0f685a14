package dev.shelfwise.metrics.rollups;

import dev.shelfwise.contracts.RefundEvent;

/** A refund identified by its event id (for deduplication and parking). */
public record ParkedRefund(String eventId, RefundEvent refund) {

    public OrderKey orderKey() {
        return new OrderKey(refund.platform(), refund.orderId());
    }
}

package dev.shelfwise.contracts;

import java.time.OffsetDateTime;

/** A restock purchase order (topic {@code purchase-orders.v1}, keyed by SKU). */
public record PurchaseOrderEvent(String poId, String platform, String sku, int quantity, OffsetDateTime at)
        implements ShelfwiseEvent {

    @Override
    public EventType type() {
        return EventType.PURCHASE_ORDER;
    }

    @Override
    public String key() {
        return sku;
    }

    @Override
    public String naturalId() {
        return "purchase-order:" + platform + ":" + poId;
    }
}

package dev.shelfwise.contracts;

/** An event accepted by order-ingest and written to its v1 topic. */
public sealed interface ShelfwiseEvent
        permits OrderEvent, RefundEvent, CatalogEvent, InventoryEvent, TrafficEvent, AdSpendEvent, PurchaseOrderEvent {

    /** The platform that sent it (filled from the caller's token when the payload omits it). */
    String platform();

    EventType type();

    /** The Kafka record key, chosen for ordering (DESIGN.md §2). */
    String key();

    /**
     * The business identity: the same for a resubmission of the same fact, e.g. {@code order:shop-a:O-1}.
     * Facts are deduplicated downstream by it; snapshots are keyed by it (latest wins).
     */
    String naturalId();
}

package dev.shelfwise.contracts;

/**
 * Every event kind Shelfwise ingests: its topic, the path segment it is posted to, and whether it is a fact
 * (counted once, deduplicated by id downstream) or a snapshot (latest wins, idempotent by natural key).
 */
public enum EventType {
    ORDER(Topics.ORDERS, "orders", OrderEvent.class, false),
    REFUND(Topics.REFUNDS, "refunds", RefundEvent.class, false),
    CATALOG(Topics.CATALOG, "catalog", CatalogEvent.class, true),
    INVENTORY(Topics.INVENTORY, "inventory", InventoryEvent.class, true),
    TRAFFIC(Topics.TRAFFIC, "traffic", TrafficEvent.class, true),
    AD_SPEND(Topics.AD_SPEND, "ad-spend", AdSpendEvent.class, true),
    PURCHASE_ORDER(Topics.PURCHASE_ORDERS, "purchase-orders", PurchaseOrderEvent.class, false);

    private final String topic;
    private final String path;
    private final Class<? extends ShelfwiseEvent> eventClass;
    private final boolean snapshot;

    EventType(String topic, String path, Class<? extends ShelfwiseEvent> eventClass, boolean snapshot) {
        this.topic = topic;
        this.path = path;
        this.eventClass = eventClass;
        this.snapshot = snapshot;
    }

    public String topic() {
        return topic;
    }

    /** The last segment of the ingest URL, e.g. {@code /v1/ad-spend}. */
    public String path() {
        return path;
    }

    public Class<? extends ShelfwiseEvent> eventClass() {
        return eventClass;
    }

    /** Snapshots (catalog, inventory, traffic, ad spend) replace the previous state of their key. */
    public boolean isSnapshot() {
        return snapshot;
    }

    /** Short lower-case name used in headers, metrics tags and error messages. */
    public String label() {
        return path;
    }
}

package dev.shelfwise.contracts;

import java.util.List;

/** Topic names of the v1 contracts (DESIGN.md §2). */
public final class Topics {
    public static final String ORDERS = "orders.v1";
    public static final String REFUNDS = "refunds.v1";
    public static final String CATALOG = "catalog.v1";
    public static final String INVENTORY = "inventory.v1";
    public static final String TRAFFIC = "traffic.v1";
    public static final String AD_SPEND = "ad-spend.v1";
    public static final String PURCHASE_ORDERS = "purchase-orders.v1";
    public static final String PRODUCT_STATS = "product-stats.v1";
    public static final String CATEGORY_STATS = "category-stats.v1";
    public static final String ALERTS = "alerts.v1";
    public static final String PROMOTIONS = "promotions.v1";

    /** Kafka record headers every ingested event carries. */
    public static final String HEADER_EVENT_ID = "event-id";
    public static final String HEADER_EVENT_TYPE = "event-type";
    public static final String HEADER_PLATFORM = "platform";

    public static final List<String> INGESTED = List.of(ORDERS, REFUNDS, CATALOG, INVENTORY, TRAFFIC, AD_SPEND, PURCHASE_ORDERS);

    private Topics() {
    }
}

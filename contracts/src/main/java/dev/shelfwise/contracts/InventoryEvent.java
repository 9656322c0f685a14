package dev.shelfwise.contracts;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Stock of a SKU at a moment (topic {@code inventory.v1}, keyed by SKU). Age is given either as the date the stock
 * was received or as units per age bucket ({@code 0-90}, {@code 91-180}, {@code 181-270}, {@code 271-365}, {@code 365+}).
 */
public record InventoryEvent(String sku, String platform, OffsetDateTime at, int onHand, int inbound,
                             BigDecimal unitCost, OffsetDateTime receivedAt, Map<String, Integer> ageBuckets,
                             BigDecimal storageFeePerUnitMonth, BigDecimal disposalFeePerUnit) implements ShelfwiseEvent {

    public static final java.util.List<String> AGE_BUCKETS = java.util.List.of("0-90", "91-180", "181-270", "271-365", "365+");

    @Override
    public EventType type() {
        return EventType.INVENTORY;
    }

    @Override
    public String key() {
        return sku;
    }

    @Override
    public String naturalId() {
        return "inventory:" + platform + ":" + sku + "@" + at.toInstant();
    }
}

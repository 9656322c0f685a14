package dev.shelfwise.contracts;

import java.time.LocalDate;

/** Daily traffic of a SKU (topic {@code traffic.v1}, keyed by SKU): conversion = orders / views. */
public record TrafficEvent(String sku, String platform, LocalDate date, long views, long searchImpressions,
                           long addToCart) implements ShelfwiseEvent {

    @Override
    public EventType type() {
        return EventType.TRAFFIC;
    }

    @Override
    public String key() {
        return sku;
    }

    @Override
    public String naturalId() {
        return "traffic:" + platform + ":" + sku + "@" + date;
    }
}

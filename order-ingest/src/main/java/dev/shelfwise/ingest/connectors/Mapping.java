package dev.shelfwise.ingest.connectors;

import java.util.List;
import java.util.Set;

/**
 * What a platform payload maps to: v1 items in the order they must be written (an order before its refunds), or
 * nothing with the reason it is not a sale or product (a test order, an unpaid checkout, a shipping-only refund).
 */
public record Mapping(List<MappedEvent> events, String ignoredBecause) {

    public static Mapping of(List<MappedEvent> events) {
        return new Mapping(List.copyOf(events), null);
    }

    public static Mapping ignored(String reason) {
        return new Mapping(List.of(), reason);
    }

    /** A webhook topic the connector does not map (the platform may send more than was subscribed). */
    public static Mapping unknownTopic(String topic, Set<String> known) {
        return ignored("topic '" + topic + "' is not one Shelfwise reads (" + known.stream().sorted().toList() + ")");
    }
}

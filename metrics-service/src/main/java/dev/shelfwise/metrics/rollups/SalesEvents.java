package dev.shelfwise.metrics.rollups;

import dev.shelfwise.contracts.EventJson;
import dev.shelfwise.contracts.OrderEvent;
import dev.shelfwise.contracts.RefundEvent;
import dev.shelfwise.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A consumed batch of orders and refunds, parsed: valid events by event id (duplicates within the batch folded),
 * and the records that could not be read, with the reason.
 */
public record SalesEvents(Map<String, OrderEvent> orders, Map<String, ParkedRefund> refunds,
                          Map<RollupRepository.TopicPartitionKey, Instant> latestEventTimes, List<Poison> poison) {

    /** A record that is not a readable v1 event. */
    public record Poison(ConsumerRecord<String, byte[]> record, String reason) {
    }

    public static SalesEvents parse(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, OrderEvent> orders = new LinkedHashMap<>();
        Map<String, ParkedRefund> refunds = new LinkedHashMap<>();
        Map<RollupRepository.TopicPartitionKey, Instant> latest = new LinkedHashMap<>();
        List<Poison> poison = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                Instant eventTime;
                if (record.topic().equals(Topics.ORDERS)) {
                    OrderEvent order = readOrder(record.value());
                    orders.putIfAbsent(eventId(record, order.naturalId()), order);
                    eventTime = order.placedAt().toInstant();
                } else if (record.topic().equals(Topics.REFUNDS)) {
                    RefundEvent refund = readRefund(record.value());
                    String eventId = eventId(record, refund.naturalId());
                    refunds.putIfAbsent(eventId, new ParkedRefund(eventId, refund));
                    eventTime = refund.at().toInstant();
                } else {
                    throw new IllegalArgumentException("unexpected topic " + record.topic());
                }
                latest.merge(new RollupRepository.TopicPartitionKey(record.topic(), record.partition()), eventTime,
                        (a, b) -> a.isAfter(b) ? a : b);
            } catch (RuntimeException e) {
                poison.add(new Poison(record, e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }
        return new SalesEvents(orders, refunds, latest, poison);
    }

    private static String eventId(ConsumerRecord<String, byte[]> record, String fallback) {
        var header = record.headers().lastHeader(Topics.HEADER_EVENT_ID);
        return header == null ? fallback : new String(header.value(), StandardCharsets.UTF_8);
    }

    // order-ingest validates at the door; these checks catch what reached the topic another way
    private static OrderEvent readOrder(byte[] value) {
        OrderEvent order = EventJson.read(require(value), OrderEvent.class);
        if (order.orderId() == null || order.platform() == null || order.customerId() == null || order.placedAt() == null
                || order.lines() == null || order.lines().isEmpty()
                || order.lines().stream().anyMatch(l -> l.sku() == null || l.category() == null || l.unitPrice() == null)) {
            throw new IllegalArgumentException("order misses a required field (orderId, platform, customerId, placedAt, lines)");
        }
        return order;
    }

    private static RefundEvent readRefund(byte[] value) {
        RefundEvent refund = EventJson.read(require(value), RefundEvent.class);
        if (refund.orderId() == null || refund.platform() == null || refund.refundId() == null || refund.at() == null
                || refund.lines() == null || refund.lines().stream().anyMatch(l -> l.sku() == null || l.amount() == null)) {
            throw new IllegalArgumentException("refund misses a required field (orderId, platform, refundId, at, lines)");
        }
        return refund;
    }

    private static byte[] require(byte[] value) {
        if (value == null || value.length == 0) {
            throw new IllegalArgumentException("empty record value");
        }
        return value;
    }
}

package dev.shelfwise.matrix;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.shelfwise.contracts.CatalogEvent;
import dev.shelfwise.contracts.CategoryStats;
import dev.shelfwise.contracts.EventJson;
import dev.shelfwise.contracts.InventoryEvent;
import dev.shelfwise.contracts.OrderEvent;
import dev.shelfwise.contracts.ProductStats;
import dev.shelfwise.contracts.ShelfwiseEvent;
import dev.shelfwise.contracts.Topics;
import dev.shelfwise.contracts.TrafficEvent;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/**
 * Writes test records to the shared broker the way order-ingest and metrics-service do: String key, the contracts'
 * JSON as value, and the {@code event-id}, {@code event-type} and {@code platform} headers. Every send waits for the
 * acknowledgement, so a test never races its own records.
 */
public final class TestFeed implements AutoCloseable {
    public static final String PLATFORM = "test";

    private final KafkaProducer<String, byte[]> producer;

    public TestFeed() {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    /** A unique name, so tests on the shared broker and database never see each other's data. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public void catalog(CatalogEvent event) {
        snapshot(event);
    }

    public void traffic(TrafficEvent event) {
        snapshot(event);
    }

    public void inventory(InventoryEvent event) {
        snapshot(event);
    }

    /** An order, with the event id order-ingest gives it: {@code order:<platform>:<orderId>}. */
    public void order(OrderEvent order) {
        send(Topics.ORDERS, order.key(), EventJson.write(order), order.naturalId(), "orders");
    }

    public void productStats(ProductStats stats) {
        send(Topics.PRODUCT_STATS, stats.sku(), json(stats), "product-stats:" + stats.sku(), "product-stats");
    }

    public void categoryStats(CategoryStats stats) {
        send(Topics.CATEGORY_STATS, stats.category(), json(stats), "category-stats:" + stats.category(),
                "category-stats");
    }

    /** Any bytes, e.g. a value that is not JSON. */
    public void raw(String topic, String key, byte[] value) {
        send(topic, key, value, "raw:" + key, "raw");
    }

    private void snapshot(ShelfwiseEvent event) {
        send(event.type().topic(), event.key(), EventJson.write(event), event.naturalId() + "#test",
                event.type().label());
    }

    private void send(String topic, String key, byte[] value, String eventId, String type) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        record.headers()
                .add(Topics.HEADER_EVENT_ID, eventId.getBytes(StandardCharsets.UTF_8))
                .add(Topics.HEADER_EVENT_TYPE, type.getBytes(StandardCharsets.UTF_8))
                .add(Topics.HEADER_PLATFORM, PLATFORM.getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the test broker refused a record: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] json(Object value) {
        try {
            return EventJson.mapper().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}

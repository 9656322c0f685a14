package dev.shelfwise.metrics.pipeline;

import dev.shelfwise.contracts.EventJson;
import dev.shelfwise.contracts.OrderEvent;
import dev.shelfwise.contracts.OrderLine;
import dev.shelfwise.contracts.ProductStats;
import dev.shelfwise.contracts.CategoryStats;
import dev.shelfwise.contracts.Topics;
import dev.shelfwise.contracts.TrafficEvent;
import dev.shelfwise.metrics.rollups.RollupReader;
import dev.shelfwise.metrics.stats.StatsPublisher;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Changed SKUs and categories are published to the compacted stats topics with their trailing figures. */
@QuarkusTest
class StatsPublishingTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    StatsPublisher publisher;

    @Test
    void aSoldSkuIsPublishedWithItsTrailingFigures() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String sku = run + "-SKU";
        String category = run + "-stats";
        // orders at the newest data time fall inside the trailing window, whatever else the shared broker holds
        OffsetDateTime at = newestDataTime();
        try (KafkaConsumer<String, byte[]> products = consumerAtEnd(Topics.PRODUCT_STATS);
             KafkaConsumer<String, byte[]> categories = consumerAtEnd(Topics.CATEGORY_STATS);
             EventProducer producer = new EventProducer()) {
            producer.send(List.of(
                    new OrderEvent(run + "-1", "test", run + "-c1", at, "USD", "onsite", null,
                            List.of(new OrderLine(sku, category, 2, new BigDecimal("12.50"), null, null))),
                    new OrderEvent(run + "-2", "test", run + "-c2", at, "USD", "onsite", null,
                            List.of(new OrderLine(sku, category, 1, new BigDecimal("25.00"), null, null))),
                    new TrafficEvent(sku, "test", at.toLocalDate(), 40, 100, 8)));
            ProductStats stats = null;
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline && (stats == null || stats.orders() < 2 || stats.views() == null)) {
                publisher.publish();
                stats = latest(products, sku, ProductStats.class, stats);
            }
            assertNotNull(stats, "product stats of " + sku);
            assertEquals(category, stats.category());
            assertEquals(0, new BigDecimal("50.00").compareTo(stats.gmv()));
            assertEquals(3, stats.units());
            assertEquals(2, stats.orders());
            assertEquals(40L, stats.views());
            assertEquals(0, new BigDecimal("0.05").compareTo(stats.conversion()), "2 orders / 40 views");
            assertEquals(0, new BigDecimal("16.6667").compareTo(stats.averageUnitPrice()));

            CategoryStats categoryStats = null;
            deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline && categoryStats == null) {
                publisher.publish();
                categoryStats = latest(categories, category, CategoryStats.class, null);
            }
            assertNotNull(categoryStats, "category stats of " + category);
            assertEquals(2, categoryStats.orders30d());
            assertEquals(2, categoryStats.customers365d());
            assertEquals(0, categoryStats.crossCustomers365d());
        }
    }

    @Inject
    RollupReader reader;

    private OffsetDateTime newestDataTime() throws java.sql.SQLException {
        OffsetDateTime newest = reader.latestEventTime();
        return newest == null ? OffsetDateTime.parse("2020-06-01T12:00:00Z") : newest;
    }

    private static <T> T latest(KafkaConsumer<String, byte[]> consumer, String key, Class<T> type, T previous) {
        T found = previous;
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        consumer.poll(Duration.ofMillis(300)).forEach(records::add);
        for (ConsumerRecord<String, byte[]> record : records) {
            if (key.equals(record.key())) {
                found = EventJson.mapper().convertValue(readTree(record.value()), type);
            }
        }
        return found;
    }

    private static Object readTree(byte[] value) {
        try {
            return EventJson.mapper().readTree(value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KafkaConsumer<String, byte[]> consumerAtEnd(String topic) {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }
}

package dev.shelfwise.clearance.support;

import dev.shelfwise.contracts.EventJson;
import dev.shelfwise.contracts.ShelfwiseEvent;
import dev.shelfwise.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The shared test broker as a platform's events reach it: a plain producer writing the contracts' JSON with the
 * headers order-ingest sets, and a way to wait until the service's consumer group has committed past a record
 * (offsets are committed only after the record's transaction, so that means "applied").
 */
public final class TestBroker {

    public static final String GROUP = "clearance-service";
    public static final String PLATFORM = "shop-a";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final long SEND_TIMEOUT_SECONDS = 30;

    private static KafkaProducer<String, byte[]> producer;

    private TestBroker() {
    }

    /** A name no other test on the shared broker uses. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    /** Sends {@code event} as order-ingest would: its key, its JSON, event-id = {@code eventId}. */
    public static RecordMetadata send(ShelfwiseEvent event, String eventId) {
        return send(event.type().topic(), event.key(), EventJson.write(event), eventId, event.type().label());
    }

    /** Sends a fact with its business id as event-id ({@code order:<platform>:<orderId>}, …). */
    public static RecordMetadata sendFact(ShelfwiseEvent event) {
        return send(event, event.naturalId());
    }

    /** Sends a snapshot with an event-id of its natural id and a digest of its content, as order-ingest does. */
    public static RecordMetadata sendSnapshot(ShelfwiseEvent event) {
        byte[] value = EventJson.write(event);
        return send(event.type().topic(), event.key(), value, event.naturalId() + "#"
                + Integer.toHexString(java.util.Arrays.hashCode(value)), event.type().label());
    }

    public static synchronized RecordMetadata send(String topic, String key, byte[] value, String eventId,
                                                   String eventType) {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        record.headers().add(Topics.HEADER_EVENT_ID, eventId.getBytes(StandardCharsets.UTF_8))
                .add(Topics.HEADER_EVENT_TYPE, eventType.getBytes(StandardCharsets.UTF_8))
                .add(Topics.HEADER_PLATFORM, PLATFORM.getBytes(StandardCharsets.UTF_8));
        try {
            return producer.send(record).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    /** Waits until the service committed past every record in {@code sent}, i.e. applied them all. */
    public static void awaitApplied(List<RecordMetadata> sent) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
            Poll.until("the consumer group to commit past " + sent.size() + " records", () -> committed(admin),
                    offsets -> sent.stream().allMatch(meta -> {
                        OffsetAndMetadata at = offsets.get(new TopicPartition(meta.topic(), meta.partition()));
                        return at != null && at.offset() > meta.offset();
                    }), TIMEOUT);
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> committed(Admin admin) {
        try {
            return admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            return Map.of();
        }
    }
}

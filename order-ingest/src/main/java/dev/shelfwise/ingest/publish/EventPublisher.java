package dev.shelfwise.ingest.publish;

import dev.shelfwise.contracts.EventJson;
import dev.shelfwise.contracts.ShelfwiseEvent;
import dev.shelfwise.contracts.Topics;
import dev.shelfwise.ingest.IngestConfig;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Writes events to their topics and returns only once Kafka has acknowledged every one of them (acks=all,
 * idempotent producer). A plain Kafka producer rather than a messaging emitter: the HTTP answer depends on the
 * acknowledgement of each record of the batch within a bounded time, and that is what this class expresses.
 */
@ApplicationScoped
public class EventPublisher {
    private static final int SNAPSHOT_DIGEST_BYTES = 8;

    private final Producer<String, byte[]> producer;
    private final Duration ackTimeout;

    public EventPublisher(IngestConfig config, @Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.ackTimeout = config.ackTimeout();
        this.producer = new KafkaProducer<>(producerConfig(kafka, ackTimeout),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** The {@code kafka.*} settings, with durability settings that configuration cannot weaken. */
    static Map<String, Object> producerConfig(Map<String, Object> kafka, Duration ackTimeout) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 64 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(1000, ackTimeout.toMillis() / 2));
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) ackTimeout.toMillis() * 2);
        // a send() that cannot even fetch metadata must not hold the request beyond its deadline
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, ackTimeout.toMillis());
        kafka.forEach((key, value) -> {
            if (ProducerConfig.configNames().contains(key)) {
                config.put(key, value);
            }
        });
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "order-ingest");
        return config;
    }

    /**
     * Writes all events and waits for every acknowledgement.
     *
     * @throws BrokerUnavailableException when any event is not acknowledged within the ack timeout; some events of
     *                                    the batch may still have been written, so the caller retries the whole
     *                                    batch and consumers deduplicate by event id
     */
    public void publishAll(List<ShelfwiseEvent> events) {
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
        for (ShelfwiseEvent event : events) {
            if (System.nanoTime() > deadline) {
                throw new BrokerUnavailableException("Kafka did not take the events within " + ackTimeout, null);
            }
            acks.add(producer.send(record(event)));
        }
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                throw new BrokerUnavailableException("Kafka did not acknowledge the events within " + ackTimeout, e);
            } catch (ExecutionException e) {
                throw new BrokerUnavailableException("Kafka refused an event: " + e.getCause().getMessage(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BrokerUnavailableException("interrupted while waiting for Kafka", e);
            }
        }
    }

    static ProducerRecord<String, byte[]> record(ShelfwiseEvent event) {
        byte[] value = EventJson.write(event);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.type().topic(), event.key(), value);
        record.headers()
                .add(Topics.HEADER_EVENT_ID, eventId(event, value).getBytes(StandardCharsets.UTF_8))
                .add(Topics.HEADER_EVENT_TYPE, event.type().label().getBytes(StandardCharsets.UTF_8))
                .add(Topics.HEADER_PLATFORM, event.platform().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /**
     * Facts keep their business id, so a resubmission carries the same id and is deduplicated downstream.
     * Snapshots add a digest of their content: a corrected snapshot is a different event, an identical one is not.
     */
    static String eventId(ShelfwiseEvent event, byte[] value) {
        if (!event.type().isSnapshot()) {
            return event.naturalId();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value);
            return event.naturalId() + "#" + HexFormat.of().formatHex(digest, 0, SNAPSHOT_DIGEST_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}

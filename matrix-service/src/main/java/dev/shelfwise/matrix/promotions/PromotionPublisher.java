package dev.shelfwise.matrix.promotions;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.shelfwise.contracts.EventJson;
import dev.shelfwise.contracts.Promotion;
import dev.shelfwise.contracts.Topics;
import dev.shelfwise.matrix.MatrixConfig;
import dev.shelfwise.matrix.web.UnavailableException;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Mirrors promotions to the compacted {@code promotions.v1} (key = id, value = the contract's JSON, a tombstone on
 * delete) and returns only once Kafka acknowledged the record. A plain producer rather than a messaging emitter: a
 * tombstone has no payload, and the caller's transaction must know within a bounded time whether the write landed.
 */
@ApplicationScoped
public class PromotionPublisher {
    private static final String CLIENT_ID = "matrix-service-promotions";

    private final Producer<String, byte[]> producer;
    private final Duration timeout;

    public PromotionPublisher(MatrixConfig config, @Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.timeout = config.publishTimeout();
        this.producer = new KafkaProducer<>(producerConfig(kafka, timeout), new StringSerializer(),
                new ByteArraySerializer());
    }

    static Map<String, Object> producerConfig(Map<String, Object> kafka, Duration timeout) {
        Map<String, Object> config = new HashMap<>();
        kafka.forEach((key, value) -> {
            if (ProducerConfig.configNames().contains(key)) {
                config.put(key, value);
            }
        });
        int millis = (int) timeout.toMillis();
        // a send that cannot even fetch metadata must not hold the request beyond its deadline
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, millis);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, millis * 2);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, CLIENT_ID);
        return config;
    }

    /** Publishes the promotion and waits for the acknowledgement. */
    public void publish(Promotion promotion) {
        send(new ProducerRecord<>(Topics.PROMOTIONS, promotion.id(), json(promotion)));
    }

    /** Publishes the tombstone of a deleted promotion and waits for the acknowledgement. */
    public void publishDeletion(String id) {
        send(new ProducerRecord<>(Topics.PROMOTIONS, id, null));
    }

    private void send(ProducerRecord<String, byte[]> record) {
        try {
            producer.send(record).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new UnavailableException("Kafka did not acknowledge the promotion within " + timeout
                    + "; nothing was changed, retry", e);
        } catch (ExecutionException e) {
            throw new UnavailableException("Kafka refused the promotion: " + e.getCause().getMessage()
                    + "; nothing was changed, retry", e.getCause());
        } catch (KafkaException e) {
            // thrown by send() itself, e.g. when the topic's metadata cannot be fetched within the timeout
            throw new UnavailableException("Kafka is unreachable: " + e.getMessage() + "; nothing was changed, retry", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("interrupted while waiting for Kafka", e);
        }
    }

    private static byte[] json(Promotion promotion) {
        try {
            return EventJson.mapper().writeValueAsBytes(promotion);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    void close() {
        producer.close(timeout);
    }
}

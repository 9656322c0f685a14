package dev.shelfwise.metrics.pipeline;

import dev.shelfwise.contracts.EventJson;
import dev.shelfwise.contracts.ShelfwiseEvent;
import dev.shelfwise.contracts.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes events to the shared test broker the way order-ingest does (same key, same JSON, same event-id header),
 * so metrics-service is tested against exactly what it consumes in production.
 */
final class EventProducer implements AutoCloseable {
    private final KafkaProducer<String, byte[]> producer;

    EventProducer() {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5),
                new StringSerializer(), new ByteArraySerializer());
    }

    void send(List<? extends ShelfwiseEvent> events) {
        for (ShelfwiseEvent event : events) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.type().topic(), event.key(), EventJson.write(event));
            record.headers().add(Topics.HEADER_EVENT_ID, event.naturalId().getBytes(StandardCharsets.UTF_8));
            producer.send(record);
        }
        producer.flush();
    }

    /** A raw record, e.g. one that is not valid JSON. */
    void sendRaw(String topic, String key, byte[] value) {
        producer.send(new ProducerRecord<>(topic, key, value));
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}

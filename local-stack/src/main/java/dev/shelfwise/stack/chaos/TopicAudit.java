package dev.shelfwise.stack.chaos;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Reads a topic back from its beginning to its current end, with a consumer of its own (no group, nothing
 * committed): what is really on the topic, whatever the services say.
 */
final class TopicAudit {
    private static final Duration POLL = Duration.ofMillis(500);

    /** A record as read back: its key, value (as text) and headers (the last value of each header name). */
    record Seen(String topic, String key, String value, Map<String, String> headers) {
        String header(String name) {
            return headers.get(name);
        }
    }

    private final String bootstrap;

    TopicAudit(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    List<Seen> read(String topic, Duration timeout) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        List<Seen> seen = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(topic, timeout)) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!reachedEnd(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within " + timeout);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    Map<String, String> headers = new LinkedHashMap<>();
                    for (Header header : record.headers()) {
                        headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
                    }
                    String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
                    String value = record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
                    seen.add(new Seen(topic, key, value, headers));
                }
            }
        }
        return seen;
    }

    /** Copies of each {@code event-id} on the topic. */
    Map<String, Integer> copiesByEventId(String topic, Duration timeout) {
        Map<String, Integer> copies = new HashMap<>();
        for (Seen record : read(topic, timeout)) {
            String eventId = record.header("event-id");
            if (eventId != null) {
                copies.merge(eventId, 1, Integer::sum);
            }
        }
        return copies;
    }

    private static boolean reachedEnd(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            if (consumer.position(partition.getKey()) < partition.getValue()) {
                return false;
            }
        }
        return true;
    }
}

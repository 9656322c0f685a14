package dev.shelfwise.clearance.support;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Reads a whole topic of the shared broker from its start (it may hold other tests' records: filter them). */
public final class TopicReader {

    private static final Duration POLL = Duration.ofMillis(200);

    private TopicReader() {
    }

    /**
     * Reads {@code topic} until {@code wanted} records match (or {@code timeout} passes), then on to the end of the
     * topic as it is then, so that a duplicate written with the first one would be seen too; returns every match.
     */
    public static List<ConsumerRecord<String, byte[]>> read(String topic,
                                                            Predicate<ConsumerRecord<String, byte[]>> matching,
                                                            int wanted, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestBroker.bootstrap(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (found.size() < wanted && System.nanoTime() < deadline) {
                poll(consumer, matching, found);
            }
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (System.nanoTime() < deadline
                    && end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                poll(consumer, matching, found);
            }
        }
        return found;
    }

    private static void poll(KafkaConsumer<String, byte[]> consumer, Predicate<ConsumerRecord<String, byte[]>> matching,
                             List<ConsumerRecord<String, byte[]>> found) {
        consumer.poll(POLL).forEach(record -> {
            if (matching.test(record)) {
                found.add(record);
            }
        });
    }
}

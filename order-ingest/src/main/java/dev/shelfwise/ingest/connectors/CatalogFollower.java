package dev.shelfwise.ingest.connectors;

import dev.shelfwise.contracts.CatalogEvent;
import dev.shelfwise.contracts.EventJson;
import dev.shelfwise.contracts.Topics;
import dev.shelfwise.ingest.IngestConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code catalog.v1} from its start and keeps following it, so every instance knows the category of every
 * product seen by any instance, also after a restart. No consumer group: each instance reads the whole topic.
 */
@ApplicationScoped
public class CatalogFollower {
    private static final Logger LOG = Logger.getLogger(CatalogFollower.class);
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration METADATA_WAIT = Duration.ofSeconds(10);
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final CategoryDirectory directory;
    private final IngestConfig config;
    private final Map<String, Object> kafka;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean running;
    private Thread thread;

    public CatalogFollower(CategoryDirectory directory, IngestConfig config,
                           @Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.directory = directory;
        this.config = config;
        this.kafka = kafka;
    }

    void start(@Observes StartupEvent started) {
        if (!config.connectors().followCatalog()) {
            return;
        }
        Map<String, Object> settings = new HashMap<>();
        kafka.forEach((key, value) -> {
            if (ConsumerConfig.configNames().contains(key)) {
                settings.put(key, value);
            }
        });
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "order-ingest-catalog");
        consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer());
        running = true;
        thread = new Thread(this::follow, "catalog-follower");
        thread.setDaemon(true);
        thread.start();
    }

    private void follow() {
        try {
            while (running && !assign()) {
                Thread.sleep(POLL.toMillis());
            }
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    learn(record);
                }
            }
        } catch (WakeupException | InterruptedException stopping) {
            // shutting down
        } catch (KafkaException e) {
            LOG.warnf("catalog.v1 is no longer followed (%s): order lines of products seen before this start may "
                    + "get the default category until a restart", e.getMessage());
        } finally {
            consumer.close(STOP_WAIT);
        }
    }

    private boolean assign() {
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.CATALOG, METADATA_WAIT).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            if (partitions.isEmpty()) {
                return false;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    private void learn(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return;
        }
        try {
            CatalogEvent product = EventJson.read(record.value(), CatalogEvent.class);
            directory.remember(product.platform(), product.sku(), product.category());
        } catch (RuntimeException unreadable) {
            // not ours to judge: catalog consumers dead-letter it; here it only teaches no category
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(STOP_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

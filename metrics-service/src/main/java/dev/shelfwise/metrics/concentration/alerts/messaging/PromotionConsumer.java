package dev.shelfwise.metrics.concentration.alerts.messaging;

import dev.shelfwise.contracts.EventJson;
import dev.shelfwise.contracts.Promotion;
import dev.shelfwise.metrics.MetricsConfig;
import dev.shelfwise.metrics.concentration.alerts.repository.PromotionRepository;
import dev.shelfwise.metrics.messaging.UntilApplied;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Mirrors the compacted {@code promotions.v1} (key = promotion id, value = Promotion JSON, null = deleted) into the
 * promotion table, so alerts are evaluated on every running promotion's window. Records replace each other, so a
 * redelivery is harmless. A batch whose write fails is retried with back-off, like the sales events.
 *
 * <p>A record that cannot be read is counted and logged, not dead-lettered: the broker does not auto-create
 * topics and {@code promotions.v1-dlq} is not among the local stack's topics.
 */
@ApplicationScoped
public class PromotionConsumer {
    public static final String CHANNEL = "promotions";
    private static final Logger LOG = Logger.getLogger(PromotionConsumer.class);

    private final PromotionRepository promotions;
    private final Counter unreadable;
    private final UntilApplied untilApplied;

    public PromotionConsumer(PromotionRepository promotions, MeterRegistry registry, MetricsConfig config) {
        this.promotions = promotions;
        this.unreadable = Counter.builder("shelfwise.promotions.unreadable")
                .description("promotions.v1 records without a key, or whose JSON or window is invalid (skipped)")
                .register(registry);
        this.untilApplied = new UntilApplied(config.consumer().initialBackoff(), config.consumer().maxBackoff());
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> batch) throws InterruptedException {
        // the last record of an id in the batch wins, as compaction would keep it
        Map<String, Optional<Promotion>> latest = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : batch) {
            try {
                latest.put(record.key(), Optional.ofNullable(read(record)));
            } catch (IOException | IllegalArgumentException e) {
                unreadable.increment();
                LOG.warnf("skipped promotion record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                        e.getMessage());
            }
        }
        untilApplied.run(latest.size() + " promotions", () -> promotions.apply(latest));
    }

    /** The promotion of a record, null for a tombstone. */
    private static Promotion read(ConsumerRecord<String, byte[]> record) throws IOException {
        if (record.key() == null) {
            throw new IllegalArgumentException("a promotion record needs its id as key");
        }
        if (record.value() == null) {
            return null;
        }
        Promotion promotion = EventJson.mapper().readValue(record.value(), Promotion.class);
        if (promotion.start() == null || promotion.end() == null || promotion.end().isBefore(promotion.start())) {
            throw new IllegalArgumentException("promotion " + record.key() + " needs start and end, end not before start");
        }
        return promotion;
    }
}

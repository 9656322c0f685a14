package dev.shelfwise.metrics.traffic;

import dev.shelfwise.contracts.EventJson;
import dev.shelfwise.contracts.TrafficEvent;
import dev.shelfwise.metrics.MetricsConfig;
import dev.shelfwise.metrics.deadletters.DeadLetterPublisher;
import dev.shelfwise.metrics.messaging.UntilApplied;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the latest daily traffic snapshot per SKU (views, search impressions, add-to-cart) for product stats.
 * Snapshots replace each other, so redelivery is harmless without deduplication; unreadable ones are
 * dead-lettered, and a write that fails (database down) is retried until it goes through, like the sales events.
 */
@ApplicationScoped
public class TrafficConsumer {
    public static final String CHANNEL = "traffic";

    private final TrafficRepository snapshots;
    private final DeadLetterPublisher deadLetters;
    private final UntilApplied untilApplied;

    public TrafficConsumer(TrafficRepository snapshots, DeadLetterPublisher deadLetters, MetricsConfig config) {
        this.snapshots = snapshots;
        this.deadLetters = deadLetters;
        this.untilApplied = new UntilApplied(config.consumer().initialBackoff(), config.consumer().maxBackoff());
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> batch) throws InterruptedException {
        // the last snapshot of a SKU-day in the batch wins, as it would one by one
        Map<String, TrafficEvent> latest = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : batch) {
            try {
                TrafficEvent traffic = EventJson.read(record.value(), TrafficEvent.class);
                if (traffic.sku() == null || traffic.date() == null) {
                    throw new IllegalArgumentException("traffic misses sku or date");
                }
                latest.put(traffic.sku() + "@" + traffic.date(), traffic);
            } catch (RuntimeException e) {
                deadLetters.send(record, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        if (!latest.isEmpty()) {
            untilApplied.run(latest.size() + " traffic snapshots", () -> snapshots.store(latest.values()));
        }
    }
}

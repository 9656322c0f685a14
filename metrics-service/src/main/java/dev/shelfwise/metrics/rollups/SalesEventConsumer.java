package dev.shelfwise.metrics.rollups;

import dev.shelfwise.metrics.MetricsConfig;
import dev.shelfwise.metrics.deadletters.DeadLetterPublisher;
import dev.shelfwise.metrics.messaging.UntilApplied;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * Consumes {@code orders.v1} and {@code refunds.v1} in batches on one channel, so a refund and its order are
 * applied in arrival order within an instance. A batch that fails (database down, deadlock) is retried with
 * back-off until it commits: the partition waits rather than skipping or double-counting anything.
 */
@ApplicationScoped
public class SalesEventConsumer {
    public static final String CHANNEL = "sales-events";
    private static final Logger LOG = Logger.getLogger(SalesEventConsumer.class);

    private final SalesEventProcessor processor;
    private final DeadLetterPublisher deadLetters;
    private final UntilApplied untilApplied;

    public SalesEventConsumer(SalesEventProcessor processor, DeadLetterPublisher deadLetters, MetricsConfig config) {
        this.processor = processor;
        this.deadLetters = deadLetters;
        this.untilApplied = new UntilApplied(config.consumer().initialBackoff(), config.consumer().maxBackoff());
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> batch) throws InterruptedException {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>(batch.count());
        batch.forEach(records::add);
        SalesEvents events = SalesEvents.parse(records);
        events.poison().forEach(poison -> deadLetters.send(poison.record(), poison.reason()));
        untilApplied.run("a batch of " + records.size() + " sales records", () -> processor.apply(events));
    }
}

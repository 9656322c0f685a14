package dev.shelfwise.matrix.baskets.consumer;

import dev.shelfwise.contracts.OrderEvent;
import dev.shelfwise.matrix.baskets.BasketService;
import dev.shelfwise.matrix.events.DatabaseUnavailable;
import dev.shelfwise.matrix.events.Records;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes orders.v1 into basket counts, deduplicated by the {@code event-id} header (order-ingest sets it to
 * {@code order:<platform>:<orderId>}, so a resubmitted order carries the same id). The record is acknowledged after
 * the commit; a database outage is retried until the record commits ({@link DatabaseUnavailable}), unusable
 * records go to {@code orders.v1-dlq}.
 */
@ApplicationScoped
@Retry(maxRetries = -1, maxDuration = 0, delay = DatabaseUnavailable.FIRST_PAUSE_MS)
@ExponentialBackoff(maxDelay = DatabaseUnavailable.LONGEST_PAUSE_MS)
@RetryWhen(exception = DatabaseUnavailable.class)
public class OrderConsumer {
    public static final String ORDERS = "orders";

    private final BasketService baskets;

    public OrderConsumer(BasketService baskets) {
        this.baskets = baskets;
    }

    @Incoming(ORDERS)
    @Blocking
    public void order(ConsumerRecord<String, byte[]> record) {
        baskets.record(Records.read(record, OrderEvent.class), Records.eventId(record));
    }
}

package dev.shelfwise.matrix.baskets.consumer;

import dev.shelfwise.contracts.OrderEvent;
import dev.shelfwise.matrix.baskets.BasketService;
import dev.shelfwise.matrix.events.InvalidRecordException;
import dev.shelfwise.matrix.events.Records;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes orders.v1 into basket counts, deduplicated by the {@code event-id} header (order-ingest sets it to
 * {@code order:<platform>:<orderId>}, so a resubmitted order carries the same id). The record is acknowledged after
 * the commit; transient failures are retried in place, unusable records go to {@code orders.v1-dlq}.
 */
@ApplicationScoped
public class OrderConsumer {
    public static final String ORDERS = "orders";

    static final int RETRIES = 5;
    static final long RETRY_DELAY_MS = 1000;

    private final BasketService baskets;

    public OrderConsumer(BasketService baskets) {
        this.baskets = baskets;
    }

    @Incoming(ORDERS)
    @Blocking
    @Retry(maxRetries = RETRIES, delay = RETRY_DELAY_MS, abortOn = InvalidRecordException.class)
    public void order(ConsumerRecord<String, byte[]> record) {
        baskets.record(Records.read(record, OrderEvent.class), Records.eventId(record));
    }
}

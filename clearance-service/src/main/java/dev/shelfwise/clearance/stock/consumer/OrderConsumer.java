package dev.shelfwise.clearance.stock.consumer;

import dev.shelfwise.clearance.messaging.IncomingEvents;
import dev.shelfwise.clearance.messaging.UntilCommitted;
import dev.shelfwise.clearance.stock.service.StockEventService;
import dev.shelfwise.contracts.OrderEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code orders.v1}: sales velocity per SKU and attribution per channel. Deduplicated by the {@code event-id} header
 * in the transaction of the effect, so a redelivered or resubmitted order counts once.
 */
@ApplicationScoped
public class OrderConsumer {

    /** The incoming channel (see application.properties). */
    public static final String CHANNEL = "orders";

    private final StockEventService stock;

    public OrderConsumer(StockEventService stock) {
        this.stock = stock;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        OrderEvent order = IncomingEvents.read(record, OrderEvent.class);
        String eventId = IncomingEvents.eventId(record, order);
        UntilCommitted.run("order " + eventId, () -> stock.applyOrder(eventId, order));
    }
}

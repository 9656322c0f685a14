package dev.shelfwise.clearance.alerts.consumer;

import dev.shelfwise.clearance.alerts.service.AlertService;
import dev.shelfwise.clearance.messaging.IncomingEvents;
import dev.shelfwise.clearance.messaging.UntilCommitted;
import dev.shelfwise.contracts.PurchaseOrderEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code purchase-orders.v1}: restocks, deduplicated by {@code event-id}; one for a clearance SKU raises an alert. */
@ApplicationScoped
public class PurchaseOrderConsumer {

    /** The incoming channel (see application.properties). */
    public static final String CHANNEL = "purchase-orders";

    private final AlertService alerts;

    public PurchaseOrderConsumer(AlertService alerts) {
        this.alerts = alerts;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        PurchaseOrderEvent po = IncomingEvents.read(record, PurchaseOrderEvent.class);
        String eventId = IncomingEvents.eventId(record, po);
        UntilCommitted.run("purchase order " + eventId, () -> alerts.applyPurchaseOrder(eventId, po));
    }
}

package dev.shelfwise.clearance.stock.consumer;

import dev.shelfwise.clearance.messaging.IncomingEvents;
import dev.shelfwise.clearance.messaging.UntilCommitted;
import dev.shelfwise.clearance.stock.service.StockEventService;
import dev.shelfwise.contracts.InventoryEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code inventory.v1}: the latest stock of each SKU. The offset is acknowledged after the transaction commits. */
@ApplicationScoped
public class InventoryConsumer {

    /** The incoming channel (see application.properties). */
    public static final String CHANNEL = "inventory";

    private final StockEventService stock;

    public InventoryConsumer(StockEventService stock) {
        this.stock = stock;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        InventoryEvent inventory = IncomingEvents.read(record, InventoryEvent.class);
        UntilCommitted.run("inventory " + inventory.naturalId(), () -> stock.applyInventory(inventory));
    }
}

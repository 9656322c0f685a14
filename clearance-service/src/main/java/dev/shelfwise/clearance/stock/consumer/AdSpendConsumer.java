package dev.shelfwise.clearance.stock.consumer;

import dev.shelfwise.clearance.messaging.IncomingEvents;
import dev.shelfwise.clearance.messaging.UntilCommitted;
import dev.shelfwise.clearance.stock.service.StockEventService;
import dev.shelfwise.contracts.AdSpendEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code ad-spend.v1}: daily spend and clicks per campaign, an upsert per (campaign, day). */
@ApplicationScoped
public class AdSpendConsumer {

    /** The incoming channel (see application.properties). */
    public static final String CHANNEL = "ad-spend";

    private final StockEventService stock;

    public AdSpendConsumer(StockEventService stock) {
        this.stock = stock;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        AdSpendEvent spend = IncomingEvents.read(record, AdSpendEvent.class);
        UntilCommitted.run("ad spend " + spend.naturalId(), () -> stock.applyAdSpend(spend));
    }
}

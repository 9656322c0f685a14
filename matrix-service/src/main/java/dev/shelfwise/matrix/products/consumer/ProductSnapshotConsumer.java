package dev.shelfwise.matrix.products.consumer;

import dev.shelfwise.contracts.CatalogEvent;
import dev.shelfwise.contracts.InventoryEvent;
import dev.shelfwise.contracts.ProductStats;
import dev.shelfwise.contracts.TrafficEvent;
import dev.shelfwise.matrix.events.DatabaseUnavailable;
import dev.shelfwise.matrix.events.Records;
import dev.shelfwise.matrix.products.ProductSnapshotService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes the SKU snapshots. Each record is applied in its own transaction and acknowledged after the commit, so the
 * offset moves only past what is stored. A database outage is retried until the record commits
 * ({@link DatabaseUnavailable}); a record that can never be applied goes to {@code <topic>-dlq} with the reason in
 * its headers.
 */
@ApplicationScoped
@Retry(maxRetries = -1, maxDuration = 0, delay = DatabaseUnavailable.FIRST_PAUSE_MS)
@ExponentialBackoff(maxDelay = DatabaseUnavailable.LONGEST_PAUSE_MS)
@RetryWhen(exception = DatabaseUnavailable.class)
public class ProductSnapshotConsumer {
    public static final String CATALOG = "catalog";
    public static final String TRAFFIC = "traffic";
    public static final String INVENTORY = "inventory";
    public static final String PRODUCT_STATS = "product-stats";

    private final ProductSnapshotService snapshots;

    public ProductSnapshotConsumer(ProductSnapshotService snapshots) {
        this.snapshots = snapshots;
    }

    @Incoming(CATALOG)
    @Blocking
    public void catalog(ConsumerRecord<String, byte[]> record) {
        snapshots.apply(Records.read(record, CatalogEvent.class));
    }

    @Incoming(TRAFFIC)
    @Blocking
    public void traffic(ConsumerRecord<String, byte[]> record) {
        snapshots.apply(Records.read(record, TrafficEvent.class));
    }

    @Incoming(INVENTORY)
    @Blocking
    public void inventory(ConsumerRecord<String, byte[]> record) {
        snapshots.apply(Records.read(record, InventoryEvent.class));
    }

    @Incoming(PRODUCT_STATS)
    @Blocking
    public void productStats(ConsumerRecord<String, byte[]> record) {
        // the topic is compacted: a tombstone removes the SKU's figures
        if (record.value() == null) {
            snapshots.removeStats(record.key());
        } else {
            snapshots.apply(Records.read(record, ProductStats.class));
        }
    }
}

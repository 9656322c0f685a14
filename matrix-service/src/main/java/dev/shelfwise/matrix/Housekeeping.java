package dev.shelfwise.matrix;

import dev.shelfwise.matrix.baskets.BasketService;
import dev.shelfwise.matrix.products.ProductSnapshotService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps storage bounded: traffic days before the stats window, basket days before the basket window, their order ids,
 * and basket pairs still below the support floor after their grace period are deleted periodically.
 */
@ApplicationScoped
public class Housekeeping {

    private final BasketService baskets;
    private final ProductSnapshotService snapshots;

    public Housekeeping(BasketService baskets, ProductSnapshotService snapshots) {
        this.baskets = baskets;
        this.snapshots = snapshots;
    }

    // same key and default as MatrixConfig#pruneEvery (annotations cannot read the mapping)
    @Scheduled(every = "${shelfwise.matrix.prune-every:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        baskets.prune();
        snapshots.pruneTraffic();
    }
}

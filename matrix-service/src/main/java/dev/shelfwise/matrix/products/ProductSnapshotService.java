package dev.shelfwise.matrix.products;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.shelfwise.contracts.CatalogEvent;
import dev.shelfwise.contracts.EventJson;
import dev.shelfwise.contracts.InventoryEvent;
import dev.shelfwise.contracts.ProductStats;
import dev.shelfwise.contracts.TrafficEvent;
import dev.shelfwise.matrix.MatrixConfig;
import dev.shelfwise.matrix.events.InvalidRecordException;
import dev.shelfwise.matrix.persistence.DataVersion;
import dev.shelfwise.matrix.products.repository.CatalogRepository;
import dev.shelfwise.matrix.products.repository.InventoryRepository;
import dev.shelfwise.matrix.products.repository.ProductStatsRepository;
import dev.shelfwise.matrix.products.repository.TrafficRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import static dev.shelfwise.matrix.events.Records.require;
import static dev.shelfwise.matrix.events.Records.requireNonNegative;

/**
 * Applies the SKU snapshots (catalog, traffic, inventory, product-stats) as upserts by key, each in its own
 * transaction: applying the same snapshot twice leaves the same row, so redelivery needs no event-id bookkeeping.
 * A snapshot the rules could not use is refused here ({@link InvalidRecordException}, to the dead-letter topic).
 */
@ApplicationScoped
public class ProductSnapshotService {

    private final CatalogRepository catalog;
    private final TrafficRepository traffic;
    private final InventoryRepository inventory;
    private final ProductStatsRepository stats;
    private final Clock clock;
    private final int statsWindowDays;
    private final Event<DataVersion.Changed> changes;

    public ProductSnapshotService(CatalogRepository catalog, TrafficRepository traffic, InventoryRepository inventory,
                                  ProductStatsRepository stats, Clock clock, MatrixConfig config,
                                  Event<DataVersion.Changed> changes) {
        this.changes = changes;
        this.catalog = catalog;
        this.traffic = traffic;
        this.inventory = inventory;
        this.stats = stats;
        this.clock = clock;
        this.statsWindowDays = config.statsWindowDays();
    }

    @Transactional
    public void apply(CatalogEvent event) {
        require(event.sku(), "sku");
        require(event.category(), "category");
        require(event.listPrice(), "listPrice");
        // margins and price ratios divide by the list price: a SKU without a positive one cannot be assessed
        if (event.listPrice().signum() <= 0) {
            throw new InvalidRecordException("listPrice must be positive: " + event.listPrice());
        }
        requireNonNegative(event.unitCost(), "unitCost");
        requireNonNegative(event.rating(), "rating");
        if (event.reviewCount() != null) {
            requireNonNegative(event.reviewCount(), "reviewCount");
        }
        List<String> tags = event.tags() == null ? List.of() : List.copyOf(new TreeSet<>(event.tags()));
        catalog.upsert(event, json(tags), Instant.now(clock));
        changes.fire(new DataVersion.Changed());
    }

    @Transactional
    public void apply(TrafficEvent event) {
        require(event.sku(), "sku");
        require(event.date(), "date");
        requireNonNegative(event.views(), "views");
        requireNonNegative(event.searchImpressions(), "searchImpressions");
        requireNonNegative(event.addToCart(), "addToCart");
        traffic.upsert(event, Instant.now(clock));
        changes.fire(new DataVersion.Changed());
    }

    @Transactional
    public void apply(InventoryEvent event) {
        require(event.sku(), "sku");
        require(event.at(), "at");
        requireNonNegative(event.onHand(), "onHand");
        requireNonNegative(event.inbound(), "inbound");
        requireNonNegative(event.unitCost(), "unitCost");
        if (event.ageBuckets() != null) {
            event.ageBuckets().forEach((bucket, units) -> {
                if (!InventoryEvent.AGE_BUCKETS.contains(bucket)) {
                    throw new InvalidRecordException("unknown age bucket " + bucket + ": one of "
                            + InventoryEvent.AGE_BUCKETS);
                }
                requireNonNegative(require(units, "ageBuckets." + bucket), "ageBuckets." + bucket);
            });
        }
        inventory.upsert(event, event.ageBuckets() == null ? null : json(event.ageBuckets()), Instant.now(clock));
        changes.fire(new DataVersion.Changed());
    }

    @Transactional
    public void apply(ProductStats value) {
        require(value.sku(), "sku");
        require(value.from(), "from");
        require(value.to(), "to");
        require(value.gmv(), "gmv");
        requireNonNegative(value.units(), "units");
        requireNonNegative(value.orders(), "orders");
        stats.upsert(value, Instant.now(clock));
        changes.fire(new DataVersion.Changed());
    }

    /** A product-stats tombstone: the SKU's figures are gone. */
    @Transactional
    public void removeStats(String sku) {
        require(sku, "key");
        stats.remove(sku);
        changes.fire(new DataVersion.Changed());
    }

    /** Drops traffic days before the stats window (the rules never read them). */
    @Transactional
    public void pruneTraffic() {
        traffic.pruneBefore(LocalDate.now(clock).minusDays(statsWindowDays - 1L));
        changes.fire(new DataVersion.Changed());
    }

    private static String json(Object value) {
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

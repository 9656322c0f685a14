package dev.shelfwise.matrix.products;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.shelfwise.contracts.EventJson;
import dev.shelfwise.matrix.products.repository.CatalogItem;
import dev.shelfwise.matrix.products.repository.InventorySnapshot;
import dev.shelfwise.matrix.products.repository.ProductStatsSnapshot;
import dev.shelfwise.matrix.products.repository.TrafficRepository.TrafficSum;
import dev.shelfwise.matrix.roles.ProductFacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Builds the rule engine's {@link ProductFacts} of one SKU from what matrix-service stores (see
 * {@link FactDerivations} for the derived figures): catalog for price, cost, rating, reviews, launch and tags;
 * inventory for stock, age and cost; product-stats for GMV, units and orders; traffic.v1 summed over the stats window
 * for views and search impressions; basket lifts for cross-sell. Anything missing stays unknown (null).
 */
public final class ProductFactsAssembler {
    private static final TypeReference<List<String>> TAGS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Integer>> BUCKETS = new TypeReference<>() {
    };

    private final LocalDate asOf;
    private final ZoneId zone;

    public ProductFactsAssembler(LocalDate asOf, ZoneId zone) {
        this.asOf = asOf;
        this.zone = zone;
    }

    /**
     * @param inventory the latest stock snapshot, or null
     * @param stats     the latest product-stats, or null
     * @param traffic   the traffic sums over the stats window, or null when no day of it was received
     * @param lifts     lift per partner SKU; null when there is no basket data at all
     */
    public ProductFacts assemble(CatalogItem item, InventorySnapshot inventory, ProductStatsSnapshot stats,
                                 TrafficSum traffic, Map<String, BigDecimal> lifts) {
        ProductFacts.Builder facts = ProductFacts.builder(item.sku, item.category, item.listPrice)
                .unitCost(FactDerivations.unitCost(inventory == null ? null : inventory.unitCost, item.unitCost))
                .rating(item.rating)
                .reviewCount(item.reviewCount)
                .launchedOn(item.launchedAt == null ? null : item.launchedAt.atZone(zone).toLocalDate())
                .tags(read(item.tags, TAGS))
                .boughtTogetherLift(lifts);
        if (stats != null) {
            facts.promoPrice(FactDerivations.promoPrice(item.listPrice, stats.averageUnitPrice))
                    .gmv(FactDerivations.gmv(stats.gmv))
                    .units(stats.units)
                    .orders(stats.orders);
        }
        if (traffic != null) {
            facts.views(traffic.views()).searchImpressions(traffic.searchImpressions());
        }
        if (inventory != null) {
            facts.inventoryAgeDays(FactDerivations.inventoryAgeDays(inventory.onHand, inventory.receivedAt,
                    inventory.ageBuckets == null ? null : read(inventory.ageBuckets, BUCKETS), asOf, zone));
            facts.weeksOfCover(FactDerivations.weeksOfCover(inventory.onHand, stats == null ? null : stats.units,
                    stats == null ? null : windowDays(stats)));
        }
        return facts.build();
    }

    private static int windowDays(ProductStatsSnapshot stats) {
        return (int) ChronoUnit.DAYS.between(stats.fromDay, stats.toDay) + 1;
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

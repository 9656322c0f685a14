package dev.shelfwise.matrix.products.repository;

import dev.shelfwise.contracts.InventoryEvent;
import dev.shelfwise.matrix.persistence.NativeStatement;
import dev.shelfwise.matrix.products.CategoryScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The latest stock snapshot per SKU. */
@ApplicationScoped
public class InventoryRepository implements PanacheRepositoryBase<InventorySnapshot, String> {

    // the WHERE keeps a newer snapshot when an older one arrives late (or is redelivered)
    private static final String UPSERT = """
            INSERT INTO inventory_snapshot (sku, at, on_hand, inbound, unit_cost, received_at, age_buckets,
                                            storage_fee_per_unit_month, disposal_fee_per_unit, updated_at)
            VALUES (:sku, :at, :onHand, :inbound, :unitCost, :receivedAt, :ageBuckets, :storageFee, :disposalFee, :now)
            ON CONFLICT (sku) DO UPDATE SET at = excluded.at, on_hand = excluded.on_hand, inbound = excluded.inbound,
                unit_cost = excluded.unit_cost, received_at = excluded.received_at, age_buckets = excluded.age_buckets,
                storage_fee_per_unit_month = excluded.storage_fee_per_unit_month,
                disposal_fee_per_unit = excluded.disposal_fee_per_unit, updated_at = excluded.updated_at
            WHERE inventory_snapshot.at <= excluded.at""";

    // stock beyond :excessDays of supply at the SKU's recent sales rate, valued at unit cost; SKUs whose cost or
    // sales rate is unknown are left out rather than guessed
    private static final String EXCESS_VALUE = """
            SELECT c.category, ROUND(SUM(COALESCE(i.unit_cost, c.unit_cost)
                   * GREATEST(0, i.on_hand - s.units * CAST(:excessDays AS NUMERIC) / (s.to_day - s.from_day + 1))), 2)
            FROM inventory_snapshot i
            JOIN catalog_item c ON c.sku = i.sku
            JOIN product_stats s ON s.sku = i.sku
            WHERE COALESCE(i.unit_cost, c.unit_cost) IS NOT NULL AND s.to_day >= s.from_day
            GROUP BY c.category""";

    /** Stores the snapshot unless a newer one is already stored. */
    public void upsert(InventoryEvent event, String ageBucketsJson, Instant now) {
        NativeStatement.of(getEntityManager(), UPSERT)
                .bind("sku", event.sku(), String.class)
                .bind("at", event.at().toInstant(), Instant.class)
                .bind("onHand", event.onHand(), Integer.class)
                .bind("inbound", event.inbound(), Integer.class)
                .bind("unitCost", event.unitCost(), BigDecimal.class)
                .bind("receivedAt", event.receivedAt() == null ? null : event.receivedAt().toInstant(), Instant.class)
                .bind("ageBuckets", ageBucketsJson, String.class)
                .bind("storageFee", event.storageFeePerUnitMonth(), BigDecimal.class)
                .bind("disposalFee", event.disposalFeePerUnit(), BigDecimal.class)
                .bind("now", now, Instant.class)
                .execute();
    }

    /** Value at cost of the stock beyond {@code excessDays} days of supply, per category. */
    public Map<String, BigDecimal> excessStockValue(int excessDays) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (Object[] row : NativeStatement.of(getEntityManager(), EXCESS_VALUE)
                .bind("excessDays", excessDays, Integer.class).rows()) {
            values.put((String) row[0], (BigDecimal) row[1]);
        }
        return values;
    }

    /** The snapshots of the scope's catalog SKUs. */
    public List<InventorySnapshot> in(CategoryScope scope) {
        if (scope.isAll()) {
            return listAll();
        }
        return getEntityManager().createQuery("select i from InventorySnapshot i, CatalogItem c "
                        + "where c.sku = i.sku and c.category in :categories", InventorySnapshot.class)
                .setParameter("categories", scope.categories())
                .getResultList();
    }
}

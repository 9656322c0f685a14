package dev.shelfwise.clearance.stock.repository;

import dev.shelfwise.clearance.stock.StockLot;
import dev.shelfwise.contracts.InventoryEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Inventory snapshots: written by upsert (the newest {@code at} wins), read as entities. */
@ApplicationScoped
public class InventoryRepository implements PanacheRepositoryBase<InventoryRecord, String> {

    /**
     * Stores {@code event} and its lots unless a newer snapshot of the SKU is stored. An equal {@code at} replaces
     * the stored one: a redelivery rewrites the same values, a correction wins.
     *
     * @return whether it was stored
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean upsert(InventoryEvent event, List<StockLot> lotsAtSnapshot) {
        Session session = getEntityManager().unwrap(Session.class);
        int stored = session.createNativeMutationQuery("""
                        INSERT INTO inventory (sku, platform, at, on_hand, inbound, unit_cost,
                                               storage_fee_per_unit_month, disposal_fee_per_unit, updated_at)
                        VALUES (:sku, :platform, :at, :onHand, :inbound, :unitCost, :storageFee, :disposalFee, now())
                        ON CONFLICT (sku) DO UPDATE SET platform = EXCLUDED.platform, at = EXCLUDED.at,
                            on_hand = EXCLUDED.on_hand, inbound = EXCLUDED.inbound, unit_cost = EXCLUDED.unit_cost,
                            storage_fee_per_unit_month = EXCLUDED.storage_fee_per_unit_month,
                            disposal_fee_per_unit = EXCLUDED.disposal_fee_per_unit, updated_at = now()
                        WHERE inventory.at <= EXCLUDED.at""")
                .setParameter("sku", event.sku(), String.class)
                .setParameter("platform", event.platform(), String.class)
                .setParameter("at", event.at(), OffsetDateTime.class)
                .setParameter("onHand", event.onHand(), Integer.class)
                .setParameter("inbound", event.inbound(), Integer.class)
                .setParameter("unitCost", event.unitCost(), BigDecimal.class)
                .setParameter("storageFee", event.storageFeePerUnitMonth(), BigDecimal.class)
                .setParameter("disposalFee", event.disposalFeePerUnit(), BigDecimal.class)
                .executeUpdate();
        if (stored == 0) {
            return false;
        }
        session.createNativeMutationQuery("DELETE FROM inventory_lot WHERE sku = :sku")
                .setParameter("sku", event.sku(), String.class).executeUpdate();
        for (StockLot lot : lotsAtSnapshot) {
            session.createNativeMutationQuery("""
                            INSERT INTO inventory_lot (sku, age_days_at_snapshot, units) VALUES (:sku, :age, :units)
                            ON CONFLICT (sku, age_days_at_snapshot) DO UPDATE
                                SET units = inventory_lot.units + EXCLUDED.units""")
                    .setParameter("sku", event.sku(), String.class)
                    .setParameter("age", lot.ageDays(), Integer.class)
                    .setParameter("units", (int) lot.units(), Integer.class)
                    .executeUpdate();
        }
        return true;
    }

    /** The lots of the SKU's snapshot, ages as of the snapshot. */
    public List<StockLot> lots(String sku) {
        return getEntityManager().createQuery(
                        "from InventoryLotRecord where sku = :sku order by ageDaysAtSnapshot", InventoryLotRecord.class)
                .setParameter("sku", sku).getResultStream()
                .map(lot -> new StockLot(lot.units, lot.ageDaysAtSnapshot)).toList();
    }

    /**
     * The latest snapshot of one SKU, as far as deciding whether it needs clearance goes.
     *
     * @param at   when it was taken
     * @param lots its units by age, ages as of {@code at}, youngest first
     */
    public record SnapshotLots(String sku, OffsetDateTime at, List<StockLot> lots) {
    }

    /**
     * Every SKU's snapshot time and lots, in SKU order: one read of plain values for the whole list (loading every
     * snapshot and lot as an entity cost more than deciding the need of every SKU).
     */
    public List<SnapshotLots> allSnapshotLots() {
        List<SnapshotLots> snapshots = new ArrayList<>();
        String sku = null;
        OffsetDateTime at = null;
        List<StockLot> lots = new ArrayList<>();
        for (Object[] row : getEntityManager().createQuery("""
                        select i.sku, i.at, l.units, l.ageDaysAtSnapshot from InventoryRecord i
                        left join InventoryLotRecord l on l.sku = i.sku order by i.sku, l.ageDaysAtSnapshot""",
                Object[].class).getResultList()) {
            if (!row[0].equals(sku)) {
                if (sku != null) {
                    snapshots.add(new SnapshotLots(sku, at, List.copyOf(lots)));
                }
                sku = (String) row[0];
                at = (OffsetDateTime) row[1];
                lots.clear();
            }
            if (row[2] != null) {
                lots.add(new StockLot(((Number) row[2]).intValue(), ((Number) row[3]).intValue()));
            }
        }
        if (sku != null) {
            snapshots.add(new SnapshotLots(sku, at, List.copyOf(lots)));
        }
        return snapshots;
    }

    /** The snapshots of these SKUs, by SKU. */
    public Map<String, InventoryRecord> bySku(Collection<String> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        return list("sku in ?1", skus).stream().collect(Collectors.toMap(record -> record.sku, record -> record));
    }
}

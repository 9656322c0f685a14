package dev.shelfwise.clearance.stock.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Units of the latest snapshot of one age, as of the snapshot's {@code at}. */
@Entity
@Table(name = "inventory_lot")
public class InventoryLotRecord extends PanacheEntityBase {

    @Id
    public Long id;
    public String sku;
    @Column(name = "age_days_at_snapshot")
    public int ageDaysAtSnapshot;
    public int units;
}

package dev.shelfwise.clearance.stock.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The latest inventory snapshot of a SKU (written by {@link InventoryRepository#upsert}). */
@Entity
@Table(name = "inventory")
public class InventoryRecord extends PanacheEntityBase {

    @Id
    public String sku;
    public String platform;
    public OffsetDateTime at;
    @Column(name = "on_hand")
    public int onHand;
    public int inbound;
    @Column(name = "unit_cost")
    public BigDecimal unitCost;
    @Column(name = "storage_fee_per_unit_month")
    public BigDecimal storageFeePerUnitMonth;
    @Column(name = "disposal_fee_per_unit")
    public BigDecimal disposalFeePerUnit;
}

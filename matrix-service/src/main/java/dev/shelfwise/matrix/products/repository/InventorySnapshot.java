package dev.shelfwise.matrix.products.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** The latest stock snapshot of a SKU (inventory.v1). */
@Entity
@Table(name = "inventory_snapshot")
public class InventorySnapshot {
    @Id
    public String sku;
    public Instant at;
    @Column(name = "on_hand")
    public int onHand;
    public int inbound;
    @Column(name = "unit_cost")
    public BigDecimal unitCost;
    @Column(name = "received_at")
    public Instant receivedAt;
    /** JSON object: age bucket (e.g. {@code 91-180}) → units; null when the platform sent receivedAt instead. */
    @Column(name = "age_buckets")
    public String ageBuckets;
    @Column(name = "storage_fee_per_unit_month")
    public BigDecimal storageFeePerUnitMonth;
    @Column(name = "disposal_fee_per_unit")
    public BigDecimal disposalFeePerUnit;
    @Column(name = "updated_at")
    public Instant updatedAt;
}

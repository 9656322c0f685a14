package dev.shelfwise.matrix.products.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** The latest catalog entry of a SKU (catalog.v1). */
@Entity
@Table(name = "catalog_item")
public class CatalogItem {
    @Id
    public String sku;
    public String platform;
    public String category;
    public String name;
    @Column(name = "list_price")
    public BigDecimal listPrice;
    @Column(name = "unit_cost")
    public BigDecimal unitCost;
    @Column(name = "launched_at")
    public Instant launchedAt;
    /** JSON array of the tags. */
    public String tags;
    public BigDecimal rating;
    @Column(name = "review_count")
    public Integer reviewCount;
    @Column(name = "updated_at")
    public Instant updatedAt;
}

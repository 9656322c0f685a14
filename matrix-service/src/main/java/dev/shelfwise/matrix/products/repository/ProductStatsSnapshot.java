package dev.shelfwise.matrix.products.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The latest trailing figures of a SKU from metrics-service (product-stats.v1). The rules take GMV, units, orders and
 * the average unit price from here; views and search impressions come from traffic.v1 summed over the rules' own
 * window (so a SKU has traffic data even before metrics-service publishes its stats), the ones here are kept as
 * received.
 */
@Entity
@Table(name = "product_stats")
public class ProductStatsSnapshot {
    @Id
    public String sku;
    public String category;
    @Column(name = "from_day")
    public LocalDate fromDay;
    @Column(name = "to_day")
    public LocalDate toDay;
    public BigDecimal gmv;
    public long units;
    public long orders;
    public Long views;
    @Column(name = "search_impressions")
    public Long searchImpressions;
    public BigDecimal conversion;
    @Column(name = "average_unit_price")
    public BigDecimal averageUnitPrice;
    @Column(name = "stats_updated_at")
    public Instant statsUpdatedAt;
    @Column(name = "received_at")
    public Instant receivedAt;
}

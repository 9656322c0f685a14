package dev.shelfwise.matrix.categories.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The latest trailing figures of a category from metrics-service (category-stats.v1). */
@Entity
@Table(name = "category_stats")
public class CategoryStatsSnapshot {
    @Id
    public String category;
    @Column(name = "as_of")
    public LocalDate asOf;
    @Column(name = "gmv_30d")
    public BigDecimal gmv30d;
    @Column(name = "orders_30d")
    public long orders30d;
    @Column(name = "customers_365d")
    public long customers365d;
    @Column(name = "cross_customers_365d")
    public long crossCustomers365d;
    @Column(name = "cross_category_penetration")
    public BigDecimal crossCategoryPenetration;
    @Column(name = "year_over_year_growth")
    public BigDecimal yearOverYearGrowth;
    @Column(name = "month_over_month_growth")
    public BigDecimal monthOverMonthGrowth;
    @Column(name = "stats_updated_at")
    public Instant statsUpdatedAt;
    @Column(name = "received_at")
    public Instant receivedAt;
}

package dev.shelfwise.metrics.rollups;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one batch of orders and refunds changes, aggregated in memory so the database sees one upsert per row.
 * Maps are sorted by key so concurrent writers lock rows in the same order.
 */
public final class RollupDeltas {

    public record CategoryDay(String category, LocalDate day) implements Comparable<CategoryDay> {
        @Override
        public int compareTo(CategoryDay other) {
            int byCategory = category.compareTo(other.category);
            return byCategory != 0 ? byCategory : day.compareTo(other.day);
        }
    }

    public record SkuDay(String sku, LocalDate day) implements Comparable<SkuDay> {
        @Override
        public int compareTo(SkuDay other) {
            int bySku = sku.compareTo(other.sku);
            return bySku != 0 ? bySku : day.compareTo(other.day);
        }
    }

    public record CustomerCategoryDay(String customerId, String category, LocalDate day) {
    }

    /** Changes to one category-day row. */
    public static final class CategoryCounts {
        public BigDecimal sales = BigDecimal.ZERO;
        public long units;
        public long orders;
        public long newCustomerOrders;
    }

    /** Changes to one SKU-day row. */
    public static final class SkuCounts {
        public String category;
        public BigDecimal sales = BigDecimal.ZERO;
        public long units;
        public long orders;
        public BigDecimal refundedAmount = BigDecimal.ZERO;
        public long refundedUnits;
    }

    /** Changes to one site-day row. */
    public static final class SiteCounts {
        public long orders;
        public long newCustomerOrders;
    }

    final Map<CategoryDay, CategoryCounts> categoryDays = new TreeMap<>();
    final Map<SkuDay, SkuCounts> skuDays = new TreeMap<>();
    final Map<LocalDate, SiteCounts> siteDays = new TreeMap<>();
    final Set<CustomerCategoryDay> customerCategoryDays = new HashSet<>();
    final Map<String, FirstOrder> firstOrders = new TreeMap<>();
    final List<OrderLineFact> orderLines = new ArrayList<>();
    final Map<String, ParkedRefund> parked = new HashMap<>();
    final Set<String> unparked = new HashSet<>();
    long unmatchedRefundLines;

    CategoryCounts category(String category, LocalDate day) {
        return categoryDays.computeIfAbsent(new CategoryDay(category, day), key -> new CategoryCounts());
    }

    SkuCounts sku(String sku, String category, LocalDate day) {
        SkuCounts counts = skuDays.computeIfAbsent(new SkuDay(sku, day), key -> new SkuCounts());
        counts.category = category;
        return counts;
    }

    SiteCounts site(LocalDate day) {
        return siteDays.computeIfAbsent(day, key -> new SiteCounts());
    }

    public Map<CategoryDay, CategoryCounts> categoryDays() {
        return categoryDays;
    }

    public Map<SkuDay, SkuCounts> skuDays() {
        return skuDays;
    }

    public Map<LocalDate, SiteCounts> siteDays() {
        return siteDays;
    }

    public Set<CustomerCategoryDay> customerCategoryDays() {
        return customerCategoryDays;
    }

    /** First orders that changed (new customers, or an earlier order that arrived late). */
    public Map<String, FirstOrder> firstOrders() {
        return firstOrders;
    }

    public List<OrderLineFact> orderLines() {
        return orderLines;
    }

    /** Refunds whose order is still unknown, by event id: to be kept. */
    public Map<String, ParkedRefund> parked() {
        return parked;
    }

    /** Event ids of previously parked refunds applied now: to be removed from the parking. */
    public Set<String> unparked() {
        return unparked;
    }

    /** Refund lines naming a SKU their order does not contain: reported, not applied. */
    public long unmatchedRefundLines() {
        return unmatchedRefundLines;
    }
}

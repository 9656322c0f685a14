package dev.shelfwise.metrics.rollups;

import dev.shelfwise.contracts.Topics;
import dev.shelfwise.metrics.indices.CategoryMonthOrders;
import dev.shelfwise.metrics.indices.CategoryPenetration;
import dev.shelfwise.metrics.indices.CrossCategoryPenetration;
import dev.shelfwise.metrics.indices.DateRange;
import dev.shelfwise.metrics.indices.OrderCounts;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Read-only queries over the rollups; every query is bounded by a date window. */
@ApplicationScoped
public class RollupReader {
    private final AgroalDataSource dataSource;

    public RollupReader(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Net sales per category per day within the range (days without sales are absent). */
    public Map<String, Map<LocalDate, BigDecimal>> categoryDailySales(DateRange range) throws SQLException {
        Map<String, Map<LocalDate, BigDecimal>> sales = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT category, day, sales FROM category_day WHERE day BETWEEN ? AND ?")) {
            bind(query, range);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sales.computeIfAbsent(rows.getString(1), c -> new TreeMap<>())
                            .put(rows.getDate(2).toLocalDate(), rows.getBigDecimal(3));
                }
            }
        }
        return sales;
    }

    public Map<LocalDate, BigDecimal> dailySales(String category, DateRange range) throws SQLException {
        Map<LocalDate, BigDecimal> sales = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT day, sales FROM category_day WHERE category = ? AND day BETWEEN ? AND ?")) {
            query.setString(1, category);
            query.setDate(2, Date.valueOf(range.start()));
            query.setDate(3, Date.valueOf(range.end()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sales.put(rows.getDate(1).toLocalDate(), rows.getBigDecimal(2));
                }
            }
        }
        return sales;
    }

    public boolean categoryExists(String category) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT 1 FROM category_day WHERE category = ? LIMIT 1")) {
            query.setString(1, category);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    public OrderCounts siteOrders(DateRange range) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT coalesce(sum(orders), 0),"
                     + " coalesce(sum(new_customer_orders), 0) FROM site_day WHERE day BETWEEN ? AND ?")) {
            bind(query, range);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return new OrderCounts(rows.getLong(1), rows.getLong(2));
            }
        }
    }

    public List<CategoryMonthOrders> categoryMonthOrders(DateRange range) throws SQLException {
        List<CategoryMonthOrders> months = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT category, to_char(day, 'YYYY-MM') AS month,"
                     + " sum(orders), sum(new_customer_orders) FROM category_day WHERE day BETWEEN ? AND ?"
                     + " GROUP BY category, month ORDER BY category, month")) {
            bind(query, range);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    months.add(new CategoryMonthOrders(rows.getString(1), YearMonth.parse(rows.getString(2)),
                            rows.getLong(3), rows.getLong(4)));
                }
            }
        }
        return months;
    }

    /**
     * Customers per category in the window, and how many of them bought another category in the same window. The
     * primary key (customer, category, day) hands the rows over customer by customer: each customer's categories are
     * counted as they pass (no hash of all customers, no sort).
     */
    public List<CategoryPenetration> penetration(DateRange range) throws SQLException {
        List<CategoryPenetration> result = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT category, count(*),"
                     + " count(*) FILTER (WHERE breadth > 1) FROM (SELECT category,"
                     + " count(*) OVER (PARTITION BY customer_id) AS breadth FROM customer_category_day"
                     + " WHERE day BETWEEN ? AND ? GROUP BY customer_id, category) bought"
                     + " GROUP BY category ORDER BY category")) {
            bind(query, range);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.add(CrossCategoryPenetration.of(rows.getString(1), rows.getLong(2), rows.getLong(3)));
                }
            }
        }
        return result;
    }

    /** Net GMV per SKU over the window (refunds deducted), SKUs with any row in the window. */
    public Map<String, BigDecimal> skuGmv(DateRange range) throws SQLException {
        Map<String, BigDecimal> gmv = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT sku, sum(sales) FROM sku_day WHERE day BETWEEN ? AND ? GROUP BY sku")) {
            bind(query, range);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    gmv.put(rows.getString(1), rows.getBigDecimal(2));
                }
            }
        }
        return gmv;
    }

    /** The event time up to which every partition of orders.v1 that has data has been consumed; null before any. */
    public OffsetDateTime completeThrough() throws SQLException {
        return progress("min");
    }

    /** The newest order event time consumed on any partition: "today" of the data; null before any order. */
    public OffsetDateTime latestEventTime() throws SQLException {
        return progress("max");
    }

    /** Sales batches applied so far on all partitions: it changes whenever any rollup does (see RollupRepository#advance). */
    public long appliedBatches() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT coalesce(sum(applied_batches), 0) FROM consumer_progress");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** min or max over the partitions of orders.v1 of the latest event time consumed (the only two callers). */
    private OffsetDateTime progress(String aggregate) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT " + aggregate + "(max_event_time) FROM consumer_progress WHERE topic = ?")) {
            query.setString(1, Topics.ORDERS);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                Timestamp at = rows.getTimestamp(1);
                return at == null ? null : at.toInstant().atOffset(ZoneOffset.UTC);
            }
        }
    }

    private static void bind(PreparedStatement query, DateRange range) throws SQLException {
        query.setDate(1, Date.valueOf(range.start()));
        query.setDate(2, Date.valueOf(range.end()));
    }
}

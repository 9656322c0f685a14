package dev.shelfwise.metrics.stats;

import dev.shelfwise.contracts.ProductStats;
import dev.shelfwise.metrics.indices.DateRange;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads what product-stats.v1 and category-stats.v1 publish, and the queue of keys whose stats are out of date. */
@ApplicationScoped
public class StatsRepository {
    static final int RATIO_SCALE = 4;

    private final AgroalDataSource dataSource;

    public StatsRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Takes up to {@code limit} out-of-date keys of a kind off the queue (the caller re-queues them on failure). */
    public List<String> takeDirty(String kind, int limit) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement take = connection.prepareStatement("DELETE FROM stats_dirty WHERE (kind, key) IN"
                     + " (SELECT kind, key FROM stats_dirty WHERE kind = ? LIMIT ?) RETURNING key")) {
            take.setString(1, kind);
            take.setInt(2, limit);
            try (ResultSet rows = take.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
        }
        return keys;
    }

    public void markDirty(String kind, Collection<String> keys) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement mark = connection.prepareStatement(
                     "INSERT INTO stats_dirty(kind, key) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            for (String key : keys) {
                mark.setString(1, kind);
                mark.setString(2, key);
                mark.addBatch();
            }
            mark.executeBatch();
        }
    }

    /** Every SKU and category with sales in the range: their trailing window moved, so all are republished. */
    public void markAllActive(DateRange range) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement mark = connection.prepareStatement("INSERT INTO stats_dirty(kind, key)"
                     + " SELECT DISTINCT 'sku', sku FROM sku_day WHERE day BETWEEN ? AND ?"
                     + " UNION SELECT DISTINCT 'category', category FROM category_day WHERE day BETWEEN ? AND ?"
                     + " ON CONFLICT DO NOTHING")) {
            mark.setDate(1, Date.valueOf(range.start()));
            mark.setDate(2, Date.valueOf(range.end()));
            mark.setDate(3, Date.valueOf(range.start()));
            mark.setDate(4, Date.valueOf(range.end()));
            mark.executeUpdate();
        }
    }

    public List<ProductStats> productStats(Collection<String> skus, DateRange window, Instant now) throws SQLException {
        List<ProductStats> stats = new ArrayList<>();
        if (skus.isEmpty()) {
            return stats;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT k.sku,"
                     + " (SELECT category FROM sku_day c WHERE c.sku = k.sku ORDER BY day DESC LIMIT 1),"
                     + " coalesce(sum(s.sales), 0), coalesce(sum(s.units), 0), coalesce(sum(s.orders), 0),"
                     + " coalesce(sum(s.refunded_amount), 0), coalesce(sum(s.refunded_units), 0),"
                     + " (SELECT sum(views)::bigint FROM sku_traffic_day t WHERE t.sku = k.sku AND t.day BETWEEN ? AND ?),"
                     + " (SELECT sum(search_impressions)::bigint FROM sku_traffic_day t WHERE t.sku = k.sku AND t.day BETWEEN ? AND ?),"
                     + " (SELECT sum(add_to_cart)::bigint FROM sku_traffic_day t WHERE t.sku = k.sku AND t.day BETWEEN ? AND ?)"
                     + " FROM unnest(?) AS k(sku) LEFT JOIN sku_day s ON s.sku = k.sku AND s.day BETWEEN ? AND ?"
                     + " GROUP BY k.sku")) {
            for (int i = 0; i < 3; i++) {
                query.setDate(1 + 2 * i, Date.valueOf(window.start()));
                query.setDate(2 + 2 * i, Date.valueOf(window.end()));
            }
            query.setArray(7, connection.createArrayOf("text", skus.toArray(String[]::new)));
            query.setDate(8, Date.valueOf(window.start()));
            query.setDate(9, Date.valueOf(window.end()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String category = rows.getString(2);
                    if (category == null) {
                        continue; // traffic for a SKU never sold: nothing to say about it yet
                    }
                    BigDecimal gmv = rows.getBigDecimal(3);
                    long units = rows.getLong(4);
                    long orders = rows.getLong(5);
                    Long views = (Long) rows.getObject(8, Long.class);
                    stats.add(new ProductStats(rows.getString(1), category, window.start(), window.end(), gmv, units,
                            orders, rows.getBigDecimal(6), rows.getLong(7), views, rows.getObject(9, Long.class),
                            rows.getObject(10, Long.class), ratio(BigDecimal.valueOf(orders), views == null ? null : BigDecimal.valueOf(views)),
                            units == 0 ? null : gmv.divide(BigDecimal.valueOf(units), RATIO_SCALE, RoundingMode.HALF_UP), now));
                }
            }
        }
        return stats;
    }

    /** Sales and orders per category over a range. */
    public Map<String, long[]> categoryOrders(Collection<String> categories, DateRange range) throws SQLException {
        Map<String, long[]> orders = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT category, sum(orders) FROM category_day"
                     + " WHERE category = ANY(?) AND day BETWEEN ? AND ? GROUP BY category")) {
            query.setArray(1, connection.createArrayOf("text", categories.toArray(String[]::new)));
            query.setDate(2, Date.valueOf(range.start()));
            query.setDate(3, Date.valueOf(range.end()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    orders.put(rows.getString(1), new long[]{rows.getLong(2)});
                }
            }
        }
        return orders;
    }

    public Map<String, BigDecimal> categorySales(Collection<String> categories, DateRange range) throws SQLException {
        Map<String, BigDecimal> sales = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT category, sum(sales) FROM category_day"
                     + " WHERE category = ANY(?) AND day BETWEEN ? AND ? GROUP BY category")) {
            query.setArray(1, connection.createArrayOf("text", categories.toArray(String[]::new)));
            query.setDate(2, Date.valueOf(range.start()));
            query.setDate(3, Date.valueOf(range.end()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sales.put(rows.getString(1), rows.getBigDecimal(2));
                }
            }
        }
        return sales;
    }

    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return denominator == null || denominator.signum() <= 0 ? null
                : numerator.divide(denominator, RATIO_SCALE, RoundingMode.HALF_UP);
    }

    /** Growth of {@code current} over {@code base}; null without a positive base. */
    static BigDecimal growth(BigDecimal current, BigDecimal base) {
        return base == null || base.signum() <= 0 ? null
                : current.subtract(base).divide(base, RATIO_SCALE, RoundingMode.HALF_UP);
    }
}

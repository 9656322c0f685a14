package dev.shelfwise.metrics.rollups;

import dev.shelfwise.contracts.EventJson;
import dev.shelfwise.contracts.RefundEvent;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes the rollup tables with batched JDBC. Every method joins the caller's transaction (the
 * datasource connection is enlisted), so deduplication and the rollup upserts commit together or not at all.
 */
@ApplicationScoped
public class RollupRepository {
    private final AgroalDataSource dataSource;

    public RollupRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Records the event ids as processed and returns those that were not processed before. */
    public Set<String> claim(Collection<String> eventIds) throws SQLException {
        Set<String> fresh = new HashSet<>();
        if (eventIds.isEmpty()) {
            return fresh;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO processed_event(event_id) SELECT unnest(?) ON CONFLICT DO NOTHING RETURNING event_id")) {
            insert.setArray(1, texts(connection, eventIds));
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    fresh.add(rows.getString(1));
                }
            }
        }
        return fresh;
    }

    public Map<String, FirstOrder> firstOrders(Collection<String> customerIds) throws SQLException {
        Map<String, FirstOrder> first = new HashMap<>();
        if (customerIds.isEmpty()) {
            return first;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT customer_id, platform, order_id, placed_at, day,"
                     + " categories, counted_new FROM customer_first_order WHERE customer_id = ANY(?)")) {
            query.setArray(1, texts(connection, customerIds));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    first.put(rows.getString(1), new FirstOrder(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getTimestamp(4).toInstant().atOffset(ZoneOffset.UTC), rows.getDate(5).toLocalDate(),
                            Arrays.asList((String[]) rows.getArray(6).getArray()), rows.getBoolean(7)));
                }
            }
        }
        return first;
    }

    public Map<OrderKey, List<OrderLineFact>> orderLines(Collection<OrderKey> orders) throws SQLException {
        Map<OrderKey, List<OrderLineFact>> lines = new HashMap<>();
        if (orders.isEmpty()) {
            return lines;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT l.platform, l.order_id, sku, category, day, units,"
                     + " amount FROM order_line l JOIN unnest(?, ?) AS k(platform, order_id)"
                     + " ON l.platform = k.platform AND l.order_id = k.order_id")) {
            query.setArray(1, texts(connection, orders.stream().map(OrderKey::platform).toList()));
            query.setArray(2, texts(connection, orders.stream().map(OrderKey::orderId).toList()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    OrderLineFact line = new OrderLineFact(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getDate(5).toLocalDate(), rows.getInt(6), rows.getBigDecimal(7));
                    lines.computeIfAbsent(line.orderKey(), key -> new ArrayList<>()).add(line);
                }
            }
        }
        return lines;
    }

    /** Parked refunds waiting for one of these orders. */
    public List<ParkedRefund> parkedFor(Collection<OrderKey> orders) throws SQLException {
        List<ParkedRefund> parked = new ArrayList<>();
        if (orders.isEmpty()) {
            return parked;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT event_id, payload FROM parked_refund p"
                     + " JOIN unnest(?, ?) AS k(platform, order_id) ON p.platform = k.platform AND p.order_id = k.order_id")) {
            query.setArray(1, texts(connection, orders.stream().map(OrderKey::platform).toList()));
            query.setArray(2, texts(connection, orders.stream().map(OrderKey::orderId).toList()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    parked.add(new ParkedRefund(rows.getString(1), EventJson.read(
                            rows.getString(2).getBytes(StandardCharsets.UTF_8), RefundEvent.class)));
                }
            }
        }
        return parked;
    }

    /** Parked refunds whose order has meanwhile been stored (a refund and its order raced in two batches). */
    public List<ParkedRefund> parkedWithKnownOrder() throws SQLException {
        List<ParkedRefund> parked = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT p.event_id, p.payload FROM parked_refund p"
                     + " WHERE EXISTS (SELECT 1 FROM order_line l WHERE l.platform = p.platform AND l.order_id = p.order_id)");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                parked.add(new ParkedRefund(rows.getString(1),
                        EventJson.read(rows.getString(2).getBytes(StandardCharsets.UTF_8), RefundEvent.class)));
            }
        }
        return parked;
    }

    public long parkedCount() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM parked_refund");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Applies one batch's deltas; rows are written in key order so concurrent consumers lock in the same order. */
    public void write(RollupDeltas deltas) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            writeCategoryDays(connection, deltas);
            writeSkuDays(connection, deltas);
            writeSiteDays(connection, deltas);
            writeCustomerCategories(connection, deltas);
            writeFirstOrders(connection, deltas);
            writeOrderLines(connection, deltas);
            writeParking(connection, deltas);
            markDirty(connection, deltas);
        }
    }

    private static void writeCategoryDays(Connection connection, RollupDeltas deltas) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO category_day(category, day, sales, units,"
                + " orders, new_customer_orders) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (category, day) DO UPDATE SET"
                + " sales = category_day.sales + EXCLUDED.sales, units = category_day.units + EXCLUDED.units,"
                + " orders = category_day.orders + EXCLUDED.orders,"
                + " new_customer_orders = category_day.new_customer_orders + EXCLUDED.new_customer_orders")) {
            for (var entry : deltas.categoryDays().entrySet()) {
                RollupDeltas.CategoryCounts counts = entry.getValue();
                upsert.setString(1, entry.getKey().category());
                upsert.setDate(2, Date.valueOf(entry.getKey().day()));
                upsert.setBigDecimal(3, counts.sales);
                upsert.setLong(4, counts.units);
                upsert.setLong(5, counts.orders);
                upsert.setLong(6, counts.newCustomerOrders);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static void writeSkuDays(Connection connection, RollupDeltas deltas) throws SQLException {
        Map<RollupDeltas.SkuDay, RollupDeltas.SkuCounts> rows = deltas.skuDays();
        if (rows.isEmpty()) {
            return;
        }
        Columns columns = new Columns(rows.size());
        rows.forEach((key, counts) -> columns.add(key.sku(), key.day(), counts.category, counts.sales, counts.units,
                counts.orders, counts.refundedAmount, counts.refundedUnits));
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO sku_day(sku, day, category, sales, units,"
                + " orders, refunded_amount, refunded_units) SELECT * FROM unnest(?::text[], ?::date[], ?::text[],"
                + " ?::numeric[], ?::bigint[], ?::bigint[], ?::numeric[], ?::bigint[]) ON CONFLICT (sku, day) DO UPDATE SET"
                + " sales = sku_day.sales + EXCLUDED.sales, units = sku_day.units + EXCLUDED.units,"
                + " orders = sku_day.orders + EXCLUDED.orders,"
                + " refunded_amount = sku_day.refunded_amount + EXCLUDED.refunded_amount,"
                + " refunded_units = sku_day.refunded_units + EXCLUDED.refunded_units")) {
            columns.bind(connection, upsert);
            upsert.executeUpdate();
        }
    }

    private static void writeSiteDays(Connection connection, RollupDeltas deltas) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO site_day(day, orders, new_customer_orders)"
                + " VALUES (?, ?, ?) ON CONFLICT (day) DO UPDATE SET orders = site_day.orders + EXCLUDED.orders,"
                + " new_customer_orders = site_day.new_customer_orders + EXCLUDED.new_customer_orders")) {
            for (var entry : deltas.siteDays().entrySet()) {
                upsert.setDate(1, Date.valueOf(entry.getKey()));
                upsert.setLong(2, entry.getValue().orders);
                upsert.setLong(3, entry.getValue().newCustomerOrders);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static void writeCustomerCategories(Connection connection, RollupDeltas deltas) throws SQLException {
        Set<RollupDeltas.CustomerCategoryDay> rows = deltas.customerCategoryDays();
        if (rows.isEmpty()) {
            return;
        }
        Columns columns = new Columns(rows.size());
        rows.forEach(row -> columns.add(row.customerId(), row.category(), row.day()));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO customer_category_day(customer_id, category,"
                + " day) SELECT * FROM unnest(?::text[], ?::text[], ?::date[]) ON CONFLICT DO NOTHING")) {
            columns.bind(connection, insert);
            insert.executeUpdate();
        }
    }

    private static void writeFirstOrders(Connection connection, RollupDeltas deltas) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO customer_first_order(customer_id, platform,"
                + " order_id, placed_at, day, categories, counted_new) VALUES (?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (customer_id) DO UPDATE SET platform = EXCLUDED.platform, order_id = EXCLUDED.order_id,"
                + " placed_at = EXCLUDED.placed_at, day = EXCLUDED.day, categories = EXCLUDED.categories,"
                + " counted_new = EXCLUDED.counted_new")) {
            for (FirstOrder first : deltas.firstOrders().values()) {
                upsert.setString(1, first.customerId());
                upsert.setString(2, first.platform());
                upsert.setString(3, first.orderId());
                upsert.setTimestamp(4, Timestamp.from(first.placedAt().toInstant()));
                upsert.setDate(5, Date.valueOf(first.day()));
                upsert.setArray(6, texts(connection, first.categories()));
                upsert.setBoolean(7, first.countedNew());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static void writeOrderLines(Connection connection, RollupDeltas deltas) throws SQLException {
        List<OrderLineFact> lines = deltas.orderLines();
        if (lines.isEmpty()) {
            return;
        }
        Columns columns = new Columns(lines.size());
        lines.forEach(line -> columns.add(line.platform(), line.orderId(), line.sku(), line.category(), line.day(),
                line.units(), line.amount()));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO order_line(platform, order_id, sku, category,"
                + " day, units, amount) SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::date[],"
                + " ?::int[], ?::numeric[]) ON CONFLICT DO NOTHING")) {
            columns.bind(connection, insert);
            insert.executeUpdate();
        }
    }

    private static void writeParking(Connection connection, RollupDeltas deltas) throws SQLException {
        try (PreparedStatement park = connection.prepareStatement("INSERT INTO parked_refund(event_id, platform, order_id,"
                + " payload) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING");
             PreparedStatement unpark = connection.prepareStatement("DELETE FROM parked_refund WHERE event_id = ?")) {
            for (ParkedRefund parked : deltas.parked().values()) {
                park.setString(1, parked.eventId());
                park.setString(2, parked.refund().platform());
                park.setString(3, parked.refund().orderId());
                park.setString(4, new String(EventJson.write(parked.refund()), StandardCharsets.UTF_8));
                park.addBatch();
            }
            park.executeBatch();
            for (String eventId : deltas.unparked()) {
                unpark.setString(1, eventId);
                unpark.addBatch();
            }
            unpark.executeBatch();
        }
    }

    private static void markDirty(Connection connection, RollupDeltas deltas) throws SQLException {
        try (PreparedStatement mark = connection.prepareStatement(
                "INSERT INTO stats_dirty(kind, key) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            Set<String> skus = new HashSet<>();
            Set<String> categories = new HashSet<>();
            deltas.skuDays().forEach((key, counts) -> {
                skus.add(key.sku());
                categories.add(counts.category);
            });
            for (String sku : skus) {
                mark.setString(1, "sku");
                mark.setString(2, sku);
                mark.addBatch();
            }
            for (String category : categories) {
                mark.setString(1, "category");
                mark.setString(2, category);
                mark.addBatch();
            }
            mark.executeBatch();
        }
    }

    /**
     * Moves each partition's latest consumed event time forward (never back) and counts the batch on it, in the
     * batch's transaction: the count is the version cached answers are checked against (RollupReader#appliedBatches).
     */
    public void advance(Map<TopicPartitionKey, Instant> latestEventTimes) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("INSERT INTO consumer_progress(topic, kafka_partition,"
                     + " max_event_time, applied_batches) VALUES (?, ?, ?, 1) ON CONFLICT (topic, kafka_partition) DO UPDATE"
                     + " SET max_event_time = GREATEST(consumer_progress.max_event_time, EXCLUDED.max_event_time),"
                     + " applied_batches = consumer_progress.applied_batches + 1")) {
            for (var entry : latestEventTimes.entrySet()) {
                upsert.setString(1, entry.getKey().topic());
                upsert.setInt(2, entry.getKey().partition());
                upsert.setTimestamp(3, Timestamp.from(entry.getValue()));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static Array texts(Connection connection, Collection<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray(String[]::new));
    }

    /**
     * Rows handed to PostgreSQL as one array per column, inserted with {@code SELECT * FROM unnest(...)}: one
     * statement and a handful of parameters per table and batch, instead of a bind parameter per value (the profile
     * of the replay showed binding those as the service's largest cost). Rows keep their order, so upserts still
     * lock in key order. Values travel as text arrays, cast by the statement ({@code ?::numeric[]}).
     */
    private static final class Columns {
        private final List<String[]> values = new ArrayList<>();
        private final int rows;
        private int row;

        Columns(int rows) {
            this.rows = rows;
        }

        /** One row; values go as text (numbers plain, dates ISO) and the statement casts each array to its type. */
        void add(Object... values) {
            if (this.values.isEmpty()) {
                for (Object ignored : values) {
                    this.values.add(new String[rows]);
                }
            }
            for (int column = 0; column < values.length; column++) {
                Object value = values[column];
                this.values.get(column)[row] = value == null ? null
                        : value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
            }
            row++;
        }

        void bind(Connection connection, PreparedStatement statement) throws SQLException {
            for (int column = 0; column < values.size(); column++) {
                statement.setArray(column + 1, connection.createArrayOf("text", values.get(column)));
            }
        }
    }

    /** A Kafka topic partition, as a key of the progress table. */
    public record TopicPartitionKey(String topic, int partition) {
    }
}

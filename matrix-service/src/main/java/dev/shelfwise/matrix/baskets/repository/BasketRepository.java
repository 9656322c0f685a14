package dev.shelfwise.matrix.baskets.repository;

import dev.shelfwise.matrix.persistence.NativeStatement;
import dev.shelfwise.matrix.products.CategoryScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Daily basket counts: orders, orders per SKU, orders per SKU pair, and the ids of the orders already counted. Every
 * write is one statement per table (the SKUs and pairs of an order travel as one JSON array).
 */
@ApplicationScoped
public class BasketRepository {

    private static final String MARK_PROCESSED = """
            INSERT INTO processed_event (event_id, day, processed_at) VALUES (:eventId, :day, :now)
            ON CONFLICT (event_id) DO NOTHING""";
    private static final String COUNT_ORDER = """
            INSERT INTO basket_day (day, orders) VALUES (:day, 1)
            ON CONFLICT (day) DO UPDATE SET orders = basket_day.orders + 1""";
    private static final String COUNT_SKUS = """
            INSERT INTO basket_sku_day (sku, day, orders)
            SELECT s.sku, :day, 1 FROM jsonb_array_elements_text(CAST(:skus AS jsonb)) AS s(sku)
            ON CONFLICT (sku, day) DO UPDATE SET orders = basket_sku_day.orders + 1""";
    private static final String COUNT_PAIRS = """
            INSERT INTO basket_pair_day (sku_a, sku_b, day, orders)
            SELECT p.pair ->> 0, p.pair ->> 1, :day, 1 FROM jsonb_array_elements(CAST(:pairs AS jsonb)) AS p(pair)
            ON CONFLICT (sku_a, sku_b, day) DO UPDATE SET orders = basket_pair_day.orders + 1""";

    private static final String ORDERS = "SELECT COALESCE(SUM(orders), 0) FROM basket_day WHERE day BETWEEN :from AND :to";
    private static final String SKU_ORDERS = """
            SELECT COALESCE(SUM(orders), 0) FROM basket_sku_day WHERE sku = :sku AND day BETWEEN :from AND :to""";

    // pairs at or above the floor touching the given SKUs, with the order counts of both SKUs over the same window
    private static final String PAIRS = """
            WITH pairs AS (
                SELECT sku_a, sku_b, SUM(orders) AS together FROM basket_pair_day
                WHERE day BETWEEN :from AND :to AND (%s)
                GROUP BY sku_a, sku_b HAVING SUM(orders) >= :floor),
            singles AS (
                SELECT sku, SUM(orders) AS alone FROM basket_sku_day
                WHERE day BETWEEN :from AND :to
                  AND sku IN (SELECT sku_a FROM pairs UNION SELECT sku_b FROM pairs)
                GROUP BY sku)
            SELECT p.sku_a, p.sku_b, p.together, a.alone, b.alone
            FROM pairs p JOIN singles a ON a.sku = p.sku_a JOIN singles b ON b.sku = p.sku_b""";
    private static final String IN_SCOPE = """
            sku_a IN (SELECT sku FROM catalog_item WHERE category IN (:categories))
            OR sku_b IN (SELECT sku FROM catalog_item WHERE category IN (:categories))""";
    private static final String OF_SKU = "sku_a = :sku OR sku_b = :sku";

    // a pair first seen before :graceEnd that is still below the floor over the window is dropped
    private static final String PRUNE_WEAK_PAIRS = """
            DELETE FROM basket_pair_day d USING (
                SELECT sku_a, sku_b FROM basket_pair_day WHERE day >= :from
                GROUP BY sku_a, sku_b HAVING SUM(orders) < :floor AND MIN(day) <= :graceEnd) weak
            WHERE d.sku_a = weak.sku_a AND d.sku_b = weak.sku_b""";

    /** Orders of a pair over a window, with the orders of each SKU. */
    public record PairCount(String skuA, String skuB, long together, long ordersA, long ordersB) {
    }

    private final EntityManager entityManager;

    public BasketRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records the event id; false when it was already there (the order is a redelivery). */
    public boolean markProcessed(String eventId, LocalDate day, Instant now) {
        return NativeStatement.of(entityManager, MARK_PROCESSED)
                .bind("eventId", eventId, String.class)
                .bind("day", day, LocalDate.class)
                .bind("now", now, Instant.class)
                .execute() == 1;
    }

    /** Adds one order of {@code day} with its SKUs and pairs (JSON arrays). */
    public void countOrder(LocalDate day, String skusJson, String pairsJson, boolean hasPairs) {
        NativeStatement.of(entityManager, COUNT_ORDER).bind("day", day, LocalDate.class).execute();
        NativeStatement.of(entityManager, COUNT_SKUS)
                .bind("day", day, LocalDate.class)
                .bind("skus", skusJson, String.class)
                .execute();
        if (hasPairs) {
            NativeStatement.of(entityManager, COUNT_PAIRS)
                    .bind("day", day, LocalDate.class)
                    .bind("pairs", pairsJson, String.class)
                    .execute();
        }
    }

    /** Orders over [from, to]. */
    public long orders(LocalDate from, LocalDate to) {
        return number(NativeStatement.of(entityManager, ORDERS)
                .bind("from", from, LocalDate.class).bind("to", to, LocalDate.class).single());
    }

    /** Orders containing the SKU over [from, to]. */
    public long skuOrders(String sku, LocalDate from, LocalDate to) {
        return number(NativeStatement.of(entityManager, SKU_ORDERS)
                .bind("sku", sku, String.class)
                .bind("from", from, LocalDate.class).bind("to", to, LocalDate.class).single());
    }

    /** Pairs at or above the floor with at least one SKU in the scope. */
    public List<PairCount> pairs(CategoryScope scope, LocalDate from, LocalDate to, long floor) {
        NativeStatement statement = NativeStatement.of(entityManager, PAIRS.formatted(scope.isAll() ? "TRUE" : IN_SCOPE));
        if (!scope.isAll()) {
            statement.bindList("categories", scope.categories());
        }
        return pairCounts(statement, from, to, floor);
    }

    /** Pairs at or above the floor with this SKU. */
    public List<PairCount> pairsOf(String sku, LocalDate from, LocalDate to, long floor) {
        return pairCounts(NativeStatement.of(entityManager, PAIRS.formatted(OF_SKU)).bind("sku", sku, String.class),
                from, to, floor);
    }

    /** Removes every day before {@code day} and the ids of orders of those days; rows removed. */
    public int pruneBefore(LocalDate day) {
        int removed = 0;
        for (String table : List.of("basket_pair_day", "basket_sku_day", "basket_day", "processed_event")) {
            removed += NativeStatement.of(entityManager, "DELETE FROM " + table + " WHERE day < :day")
                    .bind("day", day, LocalDate.class).execute();
        }
        return removed;
    }

    /** Removes the pairs first seen on or before {@code graceEnd} still below {@code floor} since {@code from}. */
    public int pruneWeakPairs(LocalDate from, LocalDate graceEnd, long floor) {
        return NativeStatement.of(entityManager, PRUNE_WEAK_PAIRS)
                .bind("from", from, LocalDate.class)
                .bind("graceEnd", graceEnd, LocalDate.class)
                .bind("floor", floor, Long.class)
                .execute();
    }

    private static List<PairCount> pairCounts(NativeStatement statement, LocalDate from, LocalDate to, long floor) {
        statement.bind("from", from, LocalDate.class).bind("to", to, LocalDate.class).bind("floor", floor, Long.class);
        List<PairCount> pairs = new ArrayList<>();
        for (Object[] row : statement.rows()) {
            pairs.add(new PairCount((String) row[0], (String) row[1], number(row[2]), number(row[3]), number(row[4])));
        }
        return pairs;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}

package dev.shelfwise.matrix.products.repository;

import dev.shelfwise.contracts.TrafficEvent;
import dev.shelfwise.matrix.persistence.NativeStatement;
import dev.shelfwise.matrix.products.CategoryScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Daily traffic per SKU, summed over a window on read. */
@ApplicationScoped
public class TrafficRepository {

    private static final String UPSERT = """
            INSERT INTO traffic_day (sku, day, views, search_impressions, add_to_cart, updated_at)
            VALUES (:sku, :day, :views, :searchImpressions, :addToCart, :now)
            ON CONFLICT (sku, day) DO UPDATE SET views = excluded.views,
                search_impressions = excluded.search_impressions, add_to_cart = excluded.add_to_cart,
                updated_at = excluded.updated_at""";

    private static final String SUMS = """
            SELECT t.sku, SUM(t.views), SUM(t.search_impressions)
            FROM traffic_day t JOIN catalog_item c ON c.sku = t.sku
            WHERE t.day BETWEEN :from AND :to %s
            GROUP BY t.sku""";

    /** Views and search impressions of a SKU over a window. */
    public record TrafficSum(long views, long searchImpressions) {
    }

    private final EntityManager entityManager;

    public TrafficRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A day of a SKU: a corrected day replaces the earlier figures (latest wins). */
    public void upsert(TrafficEvent event, Instant now) {
        NativeStatement.of(entityManager, UPSERT)
                .bind("sku", event.sku(), String.class)
                .bind("day", event.date(), LocalDate.class)
                .bind("views", event.views(), Long.class)
                .bind("searchImpressions", event.searchImpressions(), Long.class)
                .bind("addToCart", event.addToCart(), Long.class)
                .bind("now", now, Instant.class)
                .execute();
    }

    /** Sums per SKU of the scope's catalog SKUs over [from, to]; a SKU with no day in the window is absent. */
    public Map<String, TrafficSum> sums(CategoryScope scope, LocalDate from, LocalDate to) {
        NativeStatement statement = NativeStatement.of(entityManager,
                        SUMS.formatted(scope.isAll() ? "" : "AND c.category IN (:categories)"))
                .bind("from", from, LocalDate.class)
                .bind("to", to, LocalDate.class);
        if (!scope.isAll()) {
            statement.bindList("categories", scope.categories());
        }
        Map<String, TrafficSum> sums = new HashMap<>();
        for (Object[] row : statement.rows()) {
            sums.put((String) row[0], new TrafficSum(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return sums;
    }

    /** Drops days before {@code day}; the number of rows removed. */
    public int pruneBefore(LocalDate day) {
        return NativeStatement.of(entityManager, "DELETE FROM traffic_day WHERE day < :day")
                .bind("day", day, LocalDate.class)
                .execute();
    }
}

package dev.shelfwise.matrix.products.repository;

import dev.shelfwise.contracts.ProductStats;
import dev.shelfwise.matrix.persistence.NativeStatement;
import dev.shelfwise.matrix.products.CategoryScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The latest product-stats per SKU. */
@ApplicationScoped
public class ProductStatsRepository implements PanacheRepositoryBase<ProductStatsSnapshot, String> {

    // metrics-service stamps each value; an older stamp never replaces a newer one (a redelivery changes nothing)
    private static final String UPSERT = """
            INSERT INTO product_stats (sku, category, from_day, to_day, gmv, units, orders, views, search_impressions,
                                       conversion, average_unit_price, stats_updated_at, received_at)
            VALUES (:sku, :category, :fromDay, :toDay, :gmv, :units, :orders, :views, :searchImpressions, :conversion,
                    :averageUnitPrice, :statsUpdatedAt, :now)
            ON CONFLICT (sku) DO UPDATE SET category = excluded.category, from_day = excluded.from_day,
                to_day = excluded.to_day, gmv = excluded.gmv, units = excluded.units, orders = excluded.orders,
                views = excluded.views, search_impressions = excluded.search_impressions,
                conversion = excluded.conversion, average_unit_price = excluded.average_unit_price,
                stats_updated_at = excluded.stats_updated_at, received_at = excluded.received_at
            WHERE product_stats.stats_updated_at IS NULL OR excluded.stats_updated_at IS NULL
               OR product_stats.stats_updated_at <= excluded.stats_updated_at""";

    public void upsert(ProductStats stats, Instant now) {
        NativeStatement.of(getEntityManager(), UPSERT)
                .bind("sku", stats.sku(), String.class)
                .bind("category", stats.category(), String.class)
                .bind("fromDay", stats.from(), LocalDate.class)
                .bind("toDay", stats.to(), LocalDate.class)
                .bind("gmv", stats.gmv(), BigDecimal.class)
                .bind("units", stats.units(), Long.class)
                .bind("orders", stats.orders(), Long.class)
                .bind("views", stats.views(), Long.class)
                .bind("searchImpressions", stats.searchImpressions(), Long.class)
                .bind("conversion", stats.conversion(), BigDecimal.class)
                .bind("averageUnitPrice", stats.averageUnitPrice(), BigDecimal.class)
                .bind("statsUpdatedAt", stats.updatedAt(), Instant.class)
                .bind("now", now, Instant.class)
                .execute();
    }

    /** A tombstone on the compacted topic: metrics-service no longer has figures for the SKU. */
    public void remove(String sku) {
        deleteById(sku);
    }

    /** The figures of the scope's catalog SKUs. */
    public List<ProductStatsSnapshot> in(CategoryScope scope) {
        if (scope.isAll()) {
            return listAll();
        }
        return getEntityManager().createQuery("select s from ProductStatsSnapshot s, CatalogItem c "
                        + "where c.sku = s.sku and c.category in :categories", ProductStatsSnapshot.class)
                .setParameter("categories", scope.categories())
                .getResultList();
    }
}

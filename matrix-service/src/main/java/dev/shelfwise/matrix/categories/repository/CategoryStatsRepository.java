package dev.shelfwise.matrix.categories.repository;

import dev.shelfwise.contracts.CategoryStats;
import dev.shelfwise.matrix.persistence.NativeStatement;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The latest category-stats per category. */
@ApplicationScoped
public class CategoryStatsRepository implements PanacheRepositoryBase<CategoryStatsSnapshot, String> {

    // an older stamp never replaces a newer one, so a redelivery changes nothing
    private static final String UPSERT = """
            INSERT INTO category_stats (category, as_of, gmv_30d, orders_30d, customers_365d, cross_customers_365d,
                                        cross_category_penetration, year_over_year_growth, month_over_month_growth,
                                        stats_updated_at, received_at)
            VALUES (:category, :asOf, :gmv30d, :orders30d, :customers, :crossCustomers, :penetration, :yoy, :mom,
                    :statsUpdatedAt, :now)
            ON CONFLICT (category) DO UPDATE SET as_of = excluded.as_of, gmv_30d = excluded.gmv_30d,
                orders_30d = excluded.orders_30d, customers_365d = excluded.customers_365d,
                cross_customers_365d = excluded.cross_customers_365d,
                cross_category_penetration = excluded.cross_category_penetration,
                year_over_year_growth = excluded.year_over_year_growth,
                month_over_month_growth = excluded.month_over_month_growth,
                stats_updated_at = excluded.stats_updated_at, received_at = excluded.received_at
            WHERE category_stats.stats_updated_at IS NULL OR excluded.stats_updated_at IS NULL
               OR category_stats.stats_updated_at <= excluded.stats_updated_at""";

    public void upsert(CategoryStats stats, Instant now) {
        NativeStatement.of(getEntityManager(), UPSERT)
                .bind("category", stats.category(), String.class)
                .bind("asOf", stats.asOf(), LocalDate.class)
                .bind("gmv30d", stats.gmv30d(), BigDecimal.class)
                .bind("orders30d", stats.orders30d(), Long.class)
                .bind("customers", stats.customers365d(), Long.class)
                .bind("crossCustomers", stats.crossCustomers365d(), Long.class)
                .bind("penetration", stats.crossCategoryPenetration(), BigDecimal.class)
                .bind("yoy", stats.yearOverYearGrowth(), BigDecimal.class)
                .bind("mom", stats.monthOverMonthGrowth(), BigDecimal.class)
                .bind("statsUpdatedAt", stats.updatedAt(), Instant.class)
                .bind("now", now, Instant.class)
                .execute();
    }

    /** A tombstone on the compacted topic. */
    public void remove(String category) {
        deleteById(category);
    }
}

package dev.shelfwise.matrix.products.repository;

import dev.shelfwise.contracts.CatalogEvent;
import dev.shelfwise.matrix.persistence.NativeStatement;
import dev.shelfwise.matrix.products.CategoryScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The catalog: the latest entry per SKU. */
@ApplicationScoped
public class CatalogRepository implements PanacheRepositoryBase<CatalogItem, String> {

    private static final String UPSERT = """
            INSERT INTO catalog_item (sku, platform, category, name, list_price, unit_cost, launched_at, tags, rating,
                                      review_count, updated_at)
            VALUES (:sku, :platform, :category, :name, :listPrice, :unitCost, :launchedAt, :tags, :rating,
                    :reviewCount, :now)
            ON CONFLICT (sku) DO UPDATE SET platform = excluded.platform, category = excluded.category,
                name = excluded.name, list_price = excluded.list_price, unit_cost = excluded.unit_cost,
                launched_at = excluded.launched_at, tags = excluded.tags, rating = excluded.rating,
                review_count = excluded.review_count, updated_at = excluded.updated_at""";

    /** Replaces the SKU's entry (catalog events carry no timestamp: the last one consumed wins). */
    public void upsert(CatalogEvent event, String tagsJson, Instant now) {
        NativeStatement.of(getEntityManager(), UPSERT)
                .bind("sku", event.sku(), String.class)
                .bind("platform", event.platform(), String.class)
                .bind("category", event.category(), String.class)
                .bind("name", event.name(), String.class)
                .bind("listPrice", event.listPrice(), BigDecimal.class)
                .bind("unitCost", event.unitCost(), BigDecimal.class)
                .bind("launchedAt", event.launchedAt() == null ? null : event.launchedAt().toInstant(), Instant.class)
                .bind("tags", tagsJson, String.class)
                .bind("rating", event.rating(), BigDecimal.class)
                .bind("reviewCount", event.reviewCount(), Integer.class)
                .bind("now", now, Instant.class)
                .execute();
    }

    /** The SKUs of the scope. */
    public List<CatalogItem> in(CategoryScope scope) {
        return scope.isAll() ? listAll() : list("category in ?1", scope.categories());
    }

    /** The categories of these SKUs (SKUs not in the catalog are left out). */
    public List<String> categoriesOf(Collection<String> skus) {
        if (skus.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery("select distinct c.category from CatalogItem c where c.sku in :skus", String.class)
                .setParameter("skus", skus)
                .getResultList();
    }

    /** Every category with at least one SKU. */
    public List<String> categories() {
        return getEntityManager()
                .createQuery("select distinct c.category from CatalogItem c", String.class)
                .getResultList();
    }

    public Optional<CatalogItem> find(String sku) {
        return findByIdOptional(sku);
    }
}

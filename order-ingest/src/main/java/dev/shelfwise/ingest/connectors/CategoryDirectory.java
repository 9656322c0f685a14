package dev.shelfwise.ingest.connectors;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The category of each SKU a platform's catalog has shown us. Shopify and WooCommerce order lines name the product
 * but not its type or category, so order lines are categorised through the products seen before: product webhooks,
 * catalog imports and native catalog posts all pass through order-ingest, and every instance also reads them back
 * from {@code catalog.v1}, so a restart or another replica knows them too.
 */
public final class CategoryDirectory {
    private final ConcurrentMap<String, String> categoryBySku = new ConcurrentHashMap<>();

    public void remember(String platform, String sku, String category) {
        if (platform != null && sku != null && category != null) {
            categoryBySku.put(key(platform, sku), category);
        }
    }

    public Optional<String> categoryOf(String platform, String sku) {
        return sku == null ? Optional.empty() : Optional.ofNullable(categoryBySku.get(key(platform, sku)));
    }

    public int size() {
        return categoryBySku.size();
    }

    private static String key(String platform, String sku) {
        return platform + '\n' + sku;
    }

    /**
     * A platform's name for a category as a Shelfwise category id: lower case, words joined by '-'
     * ("Home & Garden" → "home-garden"), so "Books" from Shopify and "books" from a native event are one category.
     */
    public static String slug(String name) {
        if (name == null) {
            return null;
        }
        String slug = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? null : slug;
    }
}

package dev.shelfwise.ingest.connectors;

/** Where a platform product's Shelfwise category comes from. */
public enum CategorySource {
    /** Shopify's product type; WooCommerce's first product category. */
    PRODUCT_TYPE,
    /** The vendor (brand): Shopify's product and line-item vendor; WooCommerce has none and uses its category. */
    VENDOR
}

package dev.shelfwise.ingest.connectors;

/**
 * How platform payloads become v1 events (from {@code shelfwise.ingest.connectors.*}).
 *
 * @param categorySource  where a product's category comes from
 * @param defaultCategory the category of a line whose product was never seen (and of products without a type)
 * @param customerKey     which identity names a customer with an account
 * @param skipTestOrders  Shopify's test orders (Bogus Gateway) are not sales
 */
public record MappingRules(CategorySource categorySource, String defaultCategory, CustomerKey customerKey,
                           boolean skipTestOrders) {
}

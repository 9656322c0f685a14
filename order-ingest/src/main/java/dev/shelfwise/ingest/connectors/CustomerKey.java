package dev.shelfwise.ingest.connectors;

/** Which identity names a customer who has a shop account: the account, or (like guests) the e-mail hash. */
public enum CustomerKey {
    /** The platform's customer id; guests by e-mail hash. */
    ACCOUNT,
    /**
     * Everyone by e-mail hash: choose it when history comes from an export without customer ids (Shopify's orders
     * export has only the e-mail), so live orders and imported history name the same customer the same way.
     */
    EMAIL
}

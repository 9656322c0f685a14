package dev.shelfwise.ingest.connectors;

/** The shop platforms whose native webhooks order-ingest receives. */
public enum Connector {
    SHOPIFY("shopify"),
    WOOCOMMERCE("woocommerce");

    private final String label;

    Connector(String label) {
        this.label = label;
    }

    /** The path segment and metrics tag. */
    public String label() {
        return label;
    }
}

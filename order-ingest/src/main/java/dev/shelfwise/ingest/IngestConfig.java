package dev.shelfwise.ingest;

import dev.shelfwise.ingest.connectors.CategorySource;
import dev.shelfwise.ingest.connectors.CustomerKey;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Settings of order-ingest ({@code shelfwise.ingest.*}). */
@ConfigMapping(prefix = "shelfwise.ingest")
public interface IngestConfig {

    /** Most events one request may carry. */
    @WithDefault("10000")
    int maxBatchSize();

    /** Most lines one order (or refund) may have. */
    @WithDefault("1000")
    int maxLinesPerOrder();

    /** How long a request waits for Kafka to acknowledge its events before answering 503. */
    @WithDefault("5s")
    Duration ackTimeout();

    /** The Retry-After (seconds) sent with a 503. */
    @WithDefault("5")
    int retryAfterSeconds();

    /** How far in the future a timestamp may lie (platform clocks drift). */
    @WithDefault("PT24H")
    Duration maxFutureSkew();

    /** Timestamps before this year are refused as typos. */
    @WithDefault("2000")
    int earliestYear();

    /** Platforms allowed to write, by name, each with the SHA-256 (hex) of its bearer token. */
    Map<String, Platform> platforms();

    /** How native webhooks and CSV exports are mapped to v1 events. */
    Connectors connectors();

    interface Platform {
        /** Hex SHA-256 of the platform's bearer token: the token itself is never stored in configuration. */
        String tokenSha256();

        /**
         * The shop's Shopify webhook signing secret (the app's client secret), for {@code /v1/webhooks/shopify/<name>}.
         * HMAC needs the secret itself: keep it in a Kubernetes Secret or an environment variable, never in a file
         * under version control. Never logged.
         */
        Optional<String> shopifySecret();

        /** The secret of the shop's WooCommerce webhooks, for {@code /v1/webhooks/woocommerce/<name>}. Never logged. */
        Optional<String> woocommerceSecret();
    }

    interface Connectors {
        /** Where a product's category comes from: {@code product-type} (WooCommerce: its first category) or {@code vendor}. */
        @WithDefault("product-type")
        CategorySource categoryFrom();

        /** The category of a line whose product was never seen, and of products without a type. */
        @WithDefault("uncategorized")
        String defaultCategory();

        /**
         * How a customer with an account is named: {@code account} (the platform's customer id; guests by e-mail
         * hash) or {@code email} (everyone by e-mail hash, to match history imported from Shopify's export).
         */
        @WithDefault("account")
        CustomerKey customerKey();

        /** Shopify's test orders are not sales. */
        @WithDefault("true")
        boolean skipTestOrders();

        /** The WooCommerce product meta field holding the unit cost (the Cost of Goods extension's). */
        @WithDefault("_wc_cog_cost")
        String woocommerceCostMetaKey();

        /** Webhook delivery ids remembered per instance, to answer a redelivery at once. */
        @WithDefault("10000")
        int recentDeliveries();

        /** Read catalog.v1 from the start on start-up, so order lines find the categories of products seen before. */
        @WithDefault("true")
        boolean followCatalog();
    }
}

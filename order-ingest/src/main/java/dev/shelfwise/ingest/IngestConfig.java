package dev.shelfwise.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

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

    interface Platform {
        /** Hex SHA-256 of the platform's bearer token: the token itself is never stored in configuration. */
        String tokenSha256();
    }
}

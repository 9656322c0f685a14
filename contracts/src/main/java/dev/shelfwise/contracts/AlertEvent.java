package dev.shelfwise.contracts;

import java.time.Instant;
import java.util.Map;

/**
 * An alert's state change, published to {@code alerts.v1} by the service that owns the alert (keyed by {@code id}).
 * The same id is used for the firing and the resolved event of one episode, so consumers can deduplicate.
 *
 * @param kind     e.g. {@code gmv-over-concentration}, {@code restock-under-clearance}, {@code ads-only-clearance}
 * @param state    {@code firing} or {@code resolved}
 * @param severity {@code warning} or {@code critical}
 * @param source   the service that raised it
 * @param labels   what the alert is about (scope, sku, category …)
 * @param figures  the numbers that fired it, as text so that decimals stay exact
 */
public record AlertEvent(String id, String kind, String state, String severity, String source, String summary,
                         Instant startsAt, Instant endsAt, Map<String, String> labels, Map<String, String> figures) {

    public static final String FIRING = "firing";
    public static final String RESOLVED = "resolved";
}

package dev.shelfwise.matrix.strategy.client;

import java.util.Map;

/** One firing alert of metrics-service ({@code GET /v1/alerts?state=firing}), as far as the matrix health needs it. */
public record FiringAlert(String id, String kind, String severity, String scope, String summary,
                          Map<String, Object> figures) {

    /** The kind metrics-service gives GMV over-concentration. */
    public static final String OVER_CONCENTRATION = "gmv-over-concentration";
}

package dev.shelfwise.dashboard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Settings of the dashboard ({@code shelfwise.dashboard.*}): where the services are and how often to look. */
@ConfigMapping(prefix = "shelfwise.dashboard")
public interface DashboardConfig {

    /** Base URL of order-ingest; only its /q/metrics and /q/health are read (the ingest rate). */
    @WithDefault("http://127.0.0.1:8081")
    URI ingestUrl();

    /** Base URL of metrics-service. */
    @WithDefault("http://127.0.0.1:8082")
    URI metricsUrl();

    /** Base URL of matrix-service. */
    @WithDefault("http://127.0.0.1:8083")
    URI matrixUrl();

    /** Base URL of clearance-service. */
    @WithDefault("http://127.0.0.1:8084")
    URI clearanceUrl();

    /** How long the proxy waits for a service to connect and answer before it answers 504 itself. */
    @WithDefault("3s")
    Duration timeout();

    /**
     * The services' API token (the token itself, not its digest: the proxy presents it), sent as
     * {@code Authorization: Bearer} on every call when the services set {@code shelfwise.read.token-sha256}. A secret:
     * from the environment or a Kubernetes Secret; whoever reaches the dashboard reads through it, so guard its port.
     */
    Optional<String> readToken();

    /** How often the page polls each view. */
    @WithDefault("5s")
    Duration refreshEvery();
}

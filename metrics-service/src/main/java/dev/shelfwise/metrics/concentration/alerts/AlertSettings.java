package dev.shelfwise.metrics.concentration.alerts;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Settings of the over-concentration alert that {@link dev.shelfwise.metrics.MetricsConfig} does not hold yet
 * (levels and {@code evaluate-every} stay there).
 */
@ConfigMapping(prefix = "shelfwise.concentration")
public interface AlertSettings {

    /** The promotion window evaluated until promotions.v1 holds any promotion; both ends or neither. */
    Window promotionWindow();

    /** Webhook receivers of every transition, by name (none by default), e.g. {@code receivers.ops.url=…}. */
    Map<String, Receiver> receivers();

    Webhook webhook();

    /** How long a round waits for Kafka to acknowledge an alert event; the rest is retried next round. */
    @WithDefault("10s")
    Duration publishTimeout();

    /** The most alerts one {@code GET /v1/alerts} answers, newest first. */
    @WithDefault("500")
    int listLimit();

    interface Window {
        /** First day (shop time zone), e.g. 2026-11-25. */
        Optional<LocalDate> start();

        /** Last day, included. */
        Optional<LocalDate> end();
    }

    interface Receiver {
        /** Where transitions are POSTed (http or https). */
        String url();

        /** {@code alertmanager} (Alertmanager webhook v4) or {@code json} (the AlertEvent of alerts.v1). */
        @WithDefault("alertmanager")
        String format();

        /** Sent as {@code Authorization: Bearer …}; never logged. */
        Optional<String> bearerToken();
    }

    interface Webhook {
        /** Connect and answer timeout of one attempt. */
        @WithDefault("2s")
        Duration timeout();

        /** Attempts per transition and receiver, the first included. */
        @WithDefault("4")
        int attempts();

        /** Pause before the second attempt; doubles for each further one. */
        @WithDefault("1s")
        Duration backoff();

        /** Threads that deliver, so a slow receiver never holds up an evaluation. */
        @WithDefault("2")
        int threads();
    }
}

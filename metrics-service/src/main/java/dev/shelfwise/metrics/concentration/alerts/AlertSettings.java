package dev.shelfwise.metrics.concentration.alerts;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Settings of the over-concentration alert that {@link dev.shelfwise.metrics.MetricsConfig} does not hold yet
 * (levels, {@code evaluate-every} and {@code webhooks} stay there).
 */
@ConfigMapping(prefix = "shelfwise.concentration")
public interface AlertSettings {

    /** The promotion window evaluated until promotions.v1 holds any promotion; both ends or neither. */
    Window promotionWindow();

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

    interface Webhook {
        /** The {@code receiver} field of the Alertmanager JSON. */
        @WithDefault("shelfwise")
        String receiver();

        /** Connect and answer timeout of one attempt. */
        @WithDefault("2s")
        Duration timeout();

        /** Attempts per transition and URL, the first included. */
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

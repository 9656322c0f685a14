package dev.shelfwise.metrics.concentration.alerts;

import dev.shelfwise.metrics.indices.DateRange;

import java.util.Objects;

/**
 * A window the alert is evaluated on, and the name its state, alerts and gauges carry.
 *
 * @param name e.g. {@code trailing-24h} or {@code promotion:<id>}
 */
public record EvaluationScope(String name, DateRange window) {
    public EvaluationScope {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(window, "window");
    }
}

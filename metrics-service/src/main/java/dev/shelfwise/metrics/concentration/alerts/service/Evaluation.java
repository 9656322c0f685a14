package dev.shelfwise.metrics.concentration.alerts.service;

import dev.shelfwise.metrics.concentration.GmvConcentration;
import dev.shelfwise.metrics.concentration.alerts.Alert;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What one evaluation round saw and changed.
 *
 * @param completeThrough the data time the scopes were cut at; null before any order
 * @param figures         scope → its concentration, for every scope evaluated
 * @param transitions     alerts that fired or resolved in this round, in order
 */
public record Evaluation(Instant at, OffsetDateTime completeThrough, Map<String, GmvConcentration> figures,
                         List<Alert> transitions) {
}

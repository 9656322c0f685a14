package dev.shelfwise.matrix.roles.service;

import dev.shelfwise.contracts.Promotion;
import dev.shelfwise.matrix.roles.MatrixHealth;
import dev.shelfwise.matrix.strategy.client.FiringAlert;

import java.time.LocalDate;
import java.util.List;

/**
 * The matrix health of a promotion's core categories.
 *
 * @param coreCategories the core categories of the promotion's category strategy
 * @param degraded       whether that strategy lacked metrics-service's figures (its core categories are then chosen
 *                       on matrix-service's own figures); {@code reason} says why
 * @param concentration  metrics-service's firing GMV over-concentration alerts for this promotion or the trailing
 *                       24 h; empty when none fires (or when metrics-service could not be asked: see
 *                       {@code concentrationUnknown})
 * @param concentrationUnknown why the over-concentration could not be checked, or null
 */
public record HealthResult(Promotion promotion, LocalDate asOf, List<String> coreCategories, MatrixHealth health,
                           boolean degraded, String reason, List<FiringAlert> concentration,
                           String concentrationUnknown) {
}

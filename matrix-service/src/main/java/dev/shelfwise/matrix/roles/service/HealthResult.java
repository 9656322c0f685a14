package dev.shelfwise.matrix.roles.service;

import dev.shelfwise.contracts.Promotion;
import dev.shelfwise.matrix.roles.MatrixHealth;

import java.time.LocalDate;
import java.util.List;

/**
 * The matrix health of a promotion's core categories.
 *
 * @param coreCategories the core categories of the promotion's category strategy
 * @param degraded       whether that strategy lacked metrics-service's figures (its core categories are then chosen
 *                       on matrix-service's own figures); {@code reason} says why
 */
public record HealthResult(Promotion promotion, LocalDate asOf, List<String> coreCategories, MatrixHealth health,
                           boolean degraded, String reason) {
}

package dev.shelfwise.matrix.strategy.client;

import java.math.BigDecimal;

/** One category of metrics-service's explosion ranking ({@code GET /v1/categories/explosion}). */
public record ExplosionRow(String category, BigDecimal promoDailySales, BigDecimal referenceDailySales,
                           BigDecimal coefficient, Integer rank, String tier) {
}

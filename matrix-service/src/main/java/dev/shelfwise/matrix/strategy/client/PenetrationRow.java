package dev.shelfwise.matrix.strategy.client;

import java.math.BigDecimal;

/** One category's cross-category penetration ({@code GET /v1/indices/cross-category}); rate null without customers. */
public record PenetrationRow(String category, Long customers, Long crossCustomers, BigDecimal rate) {
}

package dev.shelfwise.metrics.indices;

import java.math.BigDecimal;

/**
 * Cross-category penetration of one category.
 *
 * @param customers      customers who bought the category in the window
 * @param crossCustomers those of them who also bought at least one other category in the window
 * @param rate           {@code crossCustomers / customers}, 4 decimals half-up; null when there were no customers
 */
public record CategoryPenetration(String category, long customers, long crossCustomers, BigDecimal rate) {
}

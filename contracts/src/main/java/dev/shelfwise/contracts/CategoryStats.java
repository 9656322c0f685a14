package dev.shelfwise.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Trailing figures of one category, published by metrics-service to the compacted topic {@code category-stats.v1}
 * (keyed by category). Window-specific indices (explosion coefficient of a promotion window, new-customer index of
 * given months) are served by metrics-service's REST API instead, because they depend on the question asked.
 *
 * @param gmv30d                  sales net of refunds over the trailing 30 days
 * @param orders30d               orders over the trailing 30 days
 * @param customers365d           distinct customers of the category over the trailing 365 days
 * @param crossCustomers365d      of those, customers who also bought another category
 * @param crossCategoryPenetration crossCustomers365d / customers365d; null without customers
 * @param yearOverYearGrowth      trailing-30-day sales against the same days a year earlier; null without a base
 * @param monthOverMonthGrowth    trailing 30 days against the 30 before; null without a base
 */
public record CategoryStats(String category, LocalDate asOf, BigDecimal gmv30d, long orders30d, long customers365d,
                            long crossCustomers365d, BigDecimal crossCategoryPenetration, BigDecimal yearOverYearGrowth,
                            BigDecimal monthOverMonthGrowth, Instant updatedAt) {
}

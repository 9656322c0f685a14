package dev.shelfwise.metrics.indices;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One cell of the category × month new-customer heat map.
 *
 * @param index the category's new-customer share in the month divided by the site index, 4 decimals; null when the
 *              cell has no orders or the site had no new customers
 * @param band  the heat-map band, {@link IndexBand#INSUFFICIENT_DATA} when the index is null or orders are below
 *              the minimum
 */
public record NewCustomerIndexCell(
        String category, YearMonth month, long orders, long newCustomerOrders, BigDecimal index, IndexBand band) {
}

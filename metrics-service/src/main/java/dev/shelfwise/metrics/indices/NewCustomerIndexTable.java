package dev.shelfwise.metrics.indices;

import java.math.BigDecimal;
import java.util.List;

/**
 * The new-customer acquisition heat map of a year.
 *
 * @param siteIndex site-wide new-customer orders / site-wide orders, 4 decimals; null when the site had no orders
 * @param cells     one per category and month, sorted by category then month
 */
public record NewCustomerIndexTable(
        long siteOrders, long siteNewCustomerOrders, BigDecimal siteIndex, List<NewCustomerIndexCell> cells) {
}

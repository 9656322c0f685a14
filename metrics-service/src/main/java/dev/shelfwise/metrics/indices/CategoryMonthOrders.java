package dev.shelfwise.metrics.indices;

import java.time.YearMonth;
import java.util.Objects;

/**
 * Orders of one category in one month, and how many of them were new-customer orders. An order with lines in several
 * categories counts once in each.
 */
public record CategoryMonthOrders(String category, YearMonth month, long orders, long newCustomerOrders) {

    public CategoryMonthOrders {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(month, "month");
        OrderCounts.check(orders, newCustomerOrders);
    }
}

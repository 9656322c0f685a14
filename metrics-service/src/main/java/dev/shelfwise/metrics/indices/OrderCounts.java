package dev.shelfwise.metrics.indices;

/**
 * Orders and, among them, new-customer orders (a customer's first order on the site).
 */
public record OrderCounts(long orders, long newCustomerOrders) {

    public OrderCounts {
        check(orders, newCustomerOrders);
    }

    static void check(long orders, long newCustomerOrders) {
        if (orders < 0 || newCustomerOrders < 0 || newCustomerOrders > orders) {
            throw new IllegalArgumentException("need 0 ≤ newCustomerOrders ≤ orders, were newCustomerOrders="
                    + newCustomerOrders + ", orders=" + orders);
        }
    }
}

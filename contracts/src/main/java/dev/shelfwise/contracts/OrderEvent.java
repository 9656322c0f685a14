package dev.shelfwise.contracts;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An order (topic {@code orders.v1}, keyed by customer: new-customer and cross-category state is per customer).
 * {@code newCustomer} is null when the platform does not know; consumers then derive it (first order seen).
 */
public record OrderEvent(String orderId, String platform, String customerId, OffsetDateTime placedAt,
                         String currency, String channel, Boolean newCustomer, List<OrderLine> lines)
        implements ShelfwiseEvent {

    public static final String DEFAULT_CHANNEL = "onsite";

    @Override
    public EventType type() {
        return EventType.ORDER;
    }

    @Override
    public String key() {
        return customerId;
    }

    @Override
    public String naturalId() {
        return "order:" + platform + ":" + orderId;
    }
}

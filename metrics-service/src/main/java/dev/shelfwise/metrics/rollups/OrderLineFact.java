package dev.shelfwise.metrics.rollups;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One order line as stored for refund attribution: a refund names the order and SKU, this gives day and category. */
public record OrderLineFact(String platform, String orderId, String sku, String category, LocalDate day, int units,
                            BigDecimal amount) {

    public OrderKey orderKey() {
        return new OrderKey(platform, orderId);
    }
}

package dev.shelfwise.matrix.strategy.client;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * metrics-service's new-customer index table of one year ({@code GET /v1/indices/new-customer}).
 *
 * @param completeThrough the event time up to which metrics-service had consumed every order when it answered
 */
public record NewCustomerTable(Integer year, Long siteOrders, Long siteNewCustomerOrders, BigDecimal siteIndex,
                               List<Cell> cells, OffsetDateTime completeThrough) {

    /** One category × month cell; {@code month} is {@code YYYY-MM}, {@code index} null with too few orders. */
    public record Cell(String category, String month, Long orders, Long newCustomerOrders, BigDecimal index,
                       String band) {
    }
}

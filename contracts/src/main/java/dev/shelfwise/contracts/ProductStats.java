package dev.shelfwise.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Trailing figures of one SKU, published by metrics-service to the compacted topic {@code product-stats.v1}
 * (keyed by SKU: the latest value per SKU is what counts). Figures are net of refunds.
 *
 * @param from              first day of the window (shop time zone)
 * @param to                last day of the window, included
 * @param gmv               sales net of refunds in the window
 * @param orders            orders containing the SKU (refunds do not reduce it)
 * @param refundedAmount    money refunded on the SKU's lines of the window
 * @param views             traffic views in the window; null when no traffic was received for the SKU
 * @param searchImpressions null when no traffic was received
 * @param conversion        orders / views; null when views are unknown or zero
 * @param averageUnitPrice  GMV / units; null when no unit sold
 */
public record ProductStats(String sku, String category, LocalDate from, LocalDate to, BigDecimal gmv, long units,
                           long orders, BigDecimal refundedAmount, long refundedUnits, Long views,
                           Long searchImpressions, Long addToCart, BigDecimal conversion, BigDecimal averageUnitPrice,
                           Instant updatedAt) {

    /** The window product-stats cover by default (DESIGN.md §7: percentiles over trailing 30 days). */
    public static final int DEFAULT_WINDOW_DAYS = 30;
}

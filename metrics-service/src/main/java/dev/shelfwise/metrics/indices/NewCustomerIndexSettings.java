package dev.shelfwise.metrics.indices;

import java.util.Objects;

/**
 * Configuration of the new-customer index.
 *
 * @param cutPoints band cut points
 * @param minOrders cells with fewer orders than this are {@link IndexBand#INSUFFICIENT_DATA}
 */
public record NewCustomerIndexSettings(BandCutPoints cutPoints, int minOrders) {

    /** Below 30 orders a cell's new-customer share swings too much on a handful of orders to be banded. */
    public static final int DEFAULT_MIN_ORDERS = 30;

    public static final NewCustomerIndexSettings DEFAULTS =
            new NewCustomerIndexSettings(BandCutPoints.DEFAULTS, DEFAULT_MIN_ORDERS);

    public NewCustomerIndexSettings {
        Objects.requireNonNull(cutPoints, "cutPoints");
        if (minOrders < 0) {
            throw new IllegalArgumentException("minOrders must not be negative, was " + minOrders);
        }
    }
}

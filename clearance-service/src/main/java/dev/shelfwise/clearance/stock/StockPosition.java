package dev.shelfwise.clearance.stock;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a SKU has on hand and how fast it sells.
 *
 * @param sku                    the SKU
 * @param lots                   units on hand by age (age buckets map onto one lot per bucket, at its first day)
 * @param averageDailyUnitsSold  recent average units sold per day, not negative
 */
public record StockPosition(String sku, List<StockLot> lots, BigDecimal averageDailyUnitsSold) {

    public StockPosition {
        lots = List.copyOf(lots);
        if (averageDailyUnitsSold == null || averageDailyUnitsSold.signum() < 0) {
            throw new IllegalArgumentException("averageDailyUnitsSold must not be negative");
        }
    }

    /** A position with all units of one age. */
    public static StockPosition of(String sku, long onHand, int ageDays, BigDecimal averageDailyUnitsSold) {
        return new StockPosition(sku, List.of(new StockLot(onHand, ageDays)), averageDailyUnitsSold);
    }

    /** Units on hand. */
    public long onHand() {
        return lots.stream().mapToLong(StockLot::units).sum();
    }
}

package dev.shelfwise.clearance.stock;

/**
 * Units of a SKU received together, so of one age.
 *
 * @param units   units on hand from this lot
 * @param ageDays days since they were received
 */
public record StockLot(long units, int ageDays) {

    public StockLot {
        if (units < 0 || ageDays < 0) {
            throw new IllegalArgumentException("units and ageDays must not be negative");
        }
    }
}

package dev.shelfwise.clearance.stock;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The age of an inventory snapshot's units (the {@code inventory.v1} event gives either the date the stock was
 * received or units per age bucket).
 * <ul>
 *   <li>Age buckets win when both are given (they are finer); each bucket becomes one lot at its first day (the
 *       youngest age it can hold: "91-180" → 91, "365+" → 366), so ages are never overstated.</li>
 *   <li>With a received date, all units are one lot of age (snapshot day − received day).</li>
 *   <li>Lots age with the calendar: as of a later day, each lot is older by the days since the snapshot.</li>
 * </ul>
 */
public final class InventoryLots {

    private InventoryLots() {
    }

    /**
     * The lots of a snapshot, ages as of {@code snapshotDay}.
     *
     * @param ageBuckets units per bucket label ({@code "0-90"}, {@code "365+"}), null or empty when not given
     * @param receivedOn the day the stock was received, null when not given
     * @throws IllegalArgumentException for a bucket label that is neither "from-to" nor "n+"
     */
    public static List<StockLot> atSnapshot(int onHand, Map<String, Integer> ageBuckets, LocalDate receivedOn,
                                            LocalDate snapshotDay) {
        List<StockLot> lots = new ArrayList<>();
        if (ageBuckets != null && !ageBuckets.isEmpty()) {
            ageBuckets.forEach((label, units) -> {
                if (units != null && units > 0) {
                    lots.add(new StockLot(units, firstDay(label)));
                }
            });
        } else if (onHand > 0) {
            int age = receivedOn == null ? 0 : (int) Math.max(0, ChronoUnit.DAYS.between(receivedOn, snapshotDay));
            lots.add(new StockLot(onHand, age));
        }
        return List.copyOf(lots);
    }

    /** {@code lots} of a snapshot taken on {@code snapshotDay}, aged to {@code today}. */
    public static List<StockLot> asOf(List<StockLot> lots, LocalDate snapshotDay, LocalDate today) {
        int elapsed = (int) Math.max(0, ChronoUnit.DAYS.between(snapshotDay, today));
        return lots.stream().map(lot -> new StockLot(lot.units(), lot.ageDays() + elapsed)).toList();
    }

    /** The youngest age a bucket holds: "0-90" → 0, "91-180" → 91, "365+" → 366. */
    static int firstDay(String label) {
        String trimmed = label == null ? "" : label.trim();
        try {
            if (trimmed.endsWith("+")) {
                return Integer.parseInt(trimmed.substring(0, trimmed.length() - 1)) + 1;
            }
            int dash = trimmed.indexOf('-');
            if (dash > 0) {
                return Integer.parseInt(trimmed.substring(0, dash));
            }
        } catch (NumberFormatException e) {
            // reported below with the label
        }
        throw new IllegalArgumentException("age bucket '" + label + "' is neither 'from-to' nor 'n+'");
    }
}

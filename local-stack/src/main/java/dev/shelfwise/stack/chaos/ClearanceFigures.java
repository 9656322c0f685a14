package dev.shelfwise.stack.chaos;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What clearance-service must have measured per SKU and sales channel over its trailing window, recomputed here
 * (DESIGN.md §8, live CPA): the attributed order lines, their units and gross profit (net sales − unit cost ×
 * units). These are pure functions of the orders; the CPA built on them also depends on ad spend, which is not sent.
 */
final class ClearanceFigures {
    /** One SKU's sales in one channel. */
    record Measured(long orders, long units, BigDecimal grossProfit) {
        Measured plus(Measured other) {
            return new Measured(orders + other.orders, units + other.units, grossProfit.add(other.grossProfit));
        }
    }

    private final Map<String, Map<String, Measured>> bySkuAndChannel = new HashMap<>();

    ClearanceFigures(Collection<ChaosOrder> orders, ZoneId zone, LocalDate from, LocalDate to) {
        for (ChaosOrder order : orders) {
            if (!MetricsFigures.within(order.day(zone), from, to)) {
                continue;
            }
            for (ChaosOrder.Line line : order.lines()) {
                bySkuAndChannel.computeIfAbsent(line.sku(), sku -> new TreeMap<>()).merge(order.channel(),
                        new Measured(1, line.quantity(), line.net().subtract(line.cost())), Measured::plus);
            }
        }
    }

    /** The SKU's sales by channel (channels without sales absent). */
    Map<String, Measured> channels(String sku) {
        return bySkuAndChannel.getOrDefault(sku, Map.of());
    }
}

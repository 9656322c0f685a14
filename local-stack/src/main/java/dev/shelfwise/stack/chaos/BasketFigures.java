package dev.shelfwise.stack.chaos;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What matrix-service's "bought together" must answer over a window, recomputed here (DESIGN.md §7, cross-sell): the
 * window's orders, the orders containing each SKU, and per pair of SKUs the orders containing both. A SKU twice in an
 * order is one SKU of the basket; an order with more than {@code maxSkusPerOrder} SKUs still counts, unpaired.
 */
final class BasketFigures {
    /** A partner of a SKU: orders with both, and the partner's own orders. */
    record Partner(long together, long partnerOrders) {
    }

    private long orders;
    private final Map<String, Long> skuOrders = new HashMap<>();
    private final Map<String, Map<String, Long>> pairs = new HashMap<>();

    BasketFigures(Collection<ChaosOrder> all, ZoneId zone, LocalDate from, LocalDate to, int maxSkusPerOrder) {
        for (ChaosOrder order : all) {
            if (!MetricsFigures.within(order.day(zone), from, to)) {
                continue;
            }
            orders++;
            TreeSet<String> skus = new TreeSet<>();
            order.lines().forEach(line -> skus.add(line.sku()));
            skus.forEach(sku -> skuOrders.merge(sku, 1L, Long::sum));
            if (skus.size() > maxSkusPerOrder) {
                continue;
            }
            List<String> sorted = List.copyOf(skus);
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    pairs.computeIfAbsent(sorted.get(i), a -> new HashMap<>()).merge(sorted.get(j), 1L, Long::sum);
                    pairs.computeIfAbsent(sorted.get(j), b -> new HashMap<>()).merge(sorted.get(i), 1L, Long::sum);
                }
            }
        }
    }

    long orders() {
        return orders;
    }

    long skuOrders(String sku) {
        return skuOrders.getOrDefault(sku, 0L);
    }

    /** The SKU's partners bought together with it at least {@code floor} times, by partner SKU. */
    Map<String, Partner> partners(String sku, long floor) {
        Map<String, Partner> partners = new TreeMap<>();
        pairs.getOrDefault(sku, Map.of()).forEach((partner, together) -> {
            if (together >= floor) {
                partners.put(partner, new Partner(together, skuOrders(partner)));
            }
        });
        return partners;
    }
}

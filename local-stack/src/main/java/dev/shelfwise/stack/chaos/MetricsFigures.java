package dev.shelfwise.stack.chaos;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What metrics-service must answer for a set of orders, recomputed from scratch here and independently of its code
 * (DESIGN.md §4 and §5): net sales per category and day, orders and new-customer orders per category and month and
 * for the whole site per year, cross-category penetration and the GMV of active SKUs over a window. A new-customer
 * order is the customer's earliest order (placedAt, then platform, then order id), as no order says otherwise.
 */
final class MetricsFigures {
    /** Every chaos order has the same platform, so time and then order id decide. */
    private static final Comparator<ChaosOrder> EARLIEST = Comparator
            .comparing((ChaosOrder order) -> order.placedAt().toInstant())
            .thenComparing(ChaosOrder::orderId);

    /** Orders and new-customer orders. */
    record Counts(long orders, long newCustomerOrders) {
    }

    /** Customers of a category, and those of them who also bought another category. */
    record Penetration(long customers, long crossCustomers) {
    }

    /** GMV of a window over its active SKUs (those with positive net sales). */
    record Concentration(int activeSkus, BigDecimal gmv) {
    }

    record CategoryMonth(String category, YearMonth month) {
    }

    private final Collection<ChaosOrder> orders;
    private final ZoneId zone;
    private final Map<String, Map<LocalDate, BigDecimal>> salesByCategoryDay = new TreeMap<>();
    private final Map<CategoryMonth, Counts> byCategoryMonth = new HashMap<>();
    private final Map<Integer, Counts> siteByYear = new TreeMap<>();

    MetricsFigures(Collection<ChaosOrder> orders, ZoneId zone) {
        this.orders = orders;
        this.zone = zone;
        Map<String, ChaosOrder> first = new HashMap<>();
        for (ChaosOrder order : orders) {
            first.merge(order.customerId(), order, (a, b) -> EARLIEST.compare(a, b) <= 0 ? a : b);
        }
        for (ChaosOrder order : orders) {
            LocalDate day = order.day(zone);
            boolean isNew = first.get(order.customerId()) == order;
            siteByYear.merge(day.getYear(), new Counts(1, isNew ? 1 : 0), MetricsFigures::add);
            Set<String> categories = new LinkedHashSet<>();
            for (ChaosOrder.Line line : order.lines()) {
                categories.add(line.category());
                salesByCategoryDay.computeIfAbsent(line.category(), c -> new TreeMap<>()).merge(day, line.net(), BigDecimal::add);
            }
            // an order with lines in several categories counts once in each of them
            for (String category : categories) {
                byCategoryMonth.merge(new CategoryMonth(category, YearMonth.from(day)), new Counts(1, isNew ? 1 : 0),
                        MetricsFigures::add);
            }
        }
    }

    /** Net sales per category per day (days without sales absent). */
    Map<String, Map<LocalDate, BigDecimal>> salesByCategoryDay() {
        return salesByCategoryDay;
    }

    Map<CategoryMonth, Counts> byCategoryMonth() {
        return byCategoryMonth;
    }

    /** The site's orders of a year; zero counts for a year without orders. */
    Counts site(int year) {
        return siteByYear.getOrDefault(year, new Counts(0, 0));
    }

    Set<Integer> years() {
        return siteByYear.keySet();
    }

    /** Per category: its customers over [from, to] and how many of them bought another category too. */
    Map<String, Penetration> crossCategory(LocalDate from, LocalDate to) {
        Map<String, Set<String>> categoriesOfCustomer = new HashMap<>();
        for (ChaosOrder order : orders) {
            if (within(order.day(zone), from, to)) {
                Set<String> bought = categoriesOfCustomer.computeIfAbsent(order.customerId(), c -> new HashSet<>());
                order.lines().forEach(line -> bought.add(line.category()));
            }
        }
        Map<String, Penetration> penetration = new TreeMap<>();
        categoriesOfCustomer.values().forEach(bought -> bought.forEach(category -> penetration.merge(category,
                new Penetration(1, bought.size() > 1 ? 1 : 0),
                (a, b) -> new Penetration(a.customers() + b.customers(), a.crossCustomers() + b.crossCustomers()))));
        return penetration;
    }

    Concentration concentration(LocalDate from, LocalDate to) {
        Map<String, BigDecimal> gmvBySku = new HashMap<>();
        for (ChaosOrder order : orders) {
            if (within(order.day(zone), from, to)) {
                order.lines().forEach(line -> gmvBySku.merge(line.sku(), line.net(), BigDecimal::add));
            }
        }
        BigDecimal gmv = BigDecimal.ZERO;
        int active = 0;
        for (BigDecimal sku : gmvBySku.values()) {
            if (sku.signum() > 0) {
                active++;
                gmv = gmv.add(sku);
            }
        }
        return new Concentration(active, gmv);
    }

    static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static Counts add(Counts a, Counts b) {
        return new Counts(a.orders() + b.orders(), a.newCustomerOrders() + b.newCustomerOrders());
    }
}

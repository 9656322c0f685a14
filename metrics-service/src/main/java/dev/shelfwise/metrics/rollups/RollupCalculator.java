package dev.shelfwise.metrics.rollups;

import dev.shelfwise.contracts.OrderEvent;
import dev.shelfwise.contracts.OrderLine;
import dev.shelfwise.contracts.RefundLine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns a batch of (already deduplicated) orders and refunds into rollup deltas. Pure: what the database knows is
 * passed in (first orders of the batch's customers, lines of the refunded orders), so the arithmetic — new-customer
 * derivation with late arrivals, refunds netted on the order's day, parking — is testable without a database.
 */
public final class RollupCalculator {
    private static final Comparator<OrderEvent> EVENT_TIME = Comparator
            .comparing((OrderEvent order) -> order.placedAt().toInstant())
            .thenComparing(OrderEvent::platform)
            .thenComparing(OrderEvent::orderId);

    private final ZoneId zone;
    private final RefundAttribution attribution;

    public RollupCalculator(ZoneId zone, RefundAttribution attribution) {
        this.zone = zone;
        this.attribution = attribution;
    }

    public LocalDate dayOf(OffsetDateTime at) {
        return at.atZoneSameInstant(zone).toLocalDate();
    }

    /**
     * @param orders       new orders of the batch
     * @param refunds      new refunds of the batch, plus parked refunds whose order is in this batch
     * @param knownFirst   the stored first order of each customer of the batch (absent when none)
     * @param storedLines  stored lines of the orders that refunds of the batch name (orders of this batch excluded)
     */
    public RollupDeltas calculate(List<OrderEvent> orders, List<ParkedRefund> refunds, Map<String, FirstOrder> knownFirst,
                                  Map<OrderKey, List<OrderLineFact>> storedLines) {
        RollupDeltas deltas = new RollupDeltas();
        Map<String, FirstOrder> first = new HashMap<>(knownFirst);
        Map<OrderKey, List<OrderLineFact>> lines = new HashMap<>(storedLines);
        List<OrderEvent> byTime = new ArrayList<>(orders);
        byTime.sort(EVENT_TIME);
        for (OrderEvent order : byTime) {
            lines.put(new OrderKey(order.platform(), order.orderId()), addOrder(order, first, deltas));
        }
        for (ParkedRefund parked : refunds) {
            List<OrderLineFact> orderLines = lines.get(parked.orderKey());
            if (orderLines == null) {
                deltas.parked.put(parked.eventId(), parked);
            } else {
                applyRefund(parked, orderLines, deltas);
                deltas.unparked.add(parked.eventId());
            }
        }
        return deltas;
    }

    private List<OrderLineFact> addOrder(OrderEvent order, Map<String, FirstOrder> first, RollupDeltas deltas) {
        LocalDate day = dayOf(order.placedAt());
        Map<String, List<OrderLine>> linesByCategory = new LinkedHashMap<>();
        order.lines().forEach(line -> linesByCategory.computeIfAbsent(line.category(), c -> new ArrayList<>()).add(line));
        boolean isNew = newCustomer(order, day, List.copyOf(new TreeSet<>(linesByCategory.keySet())), first, deltas);

        RollupDeltas.SiteCounts site = deltas.site(day);
        site.orders++;
        site.newCustomerOrders += isNew ? 1 : 0;
        List<OrderLineFact> facts = new ArrayList<>();
        for (Map.Entry<String, List<OrderLine>> category : linesByCategory.entrySet()) {
            RollupDeltas.CategoryCounts counts = deltas.category(category.getKey(), day);
            counts.orders++;
            counts.newCustomerOrders += isNew ? 1 : 0;
            deltas.customerCategoryDays.add(new RollupDeltas.CustomerCategoryDay(order.customerId(), category.getKey(), day));
            for (OrderLine line : category.getValue()) {
                BigDecimal amount = line.netAmount();
                counts.sales = counts.sales.add(amount);
                counts.units += line.quantity();
                RollupDeltas.SkuCounts sku = deltas.sku(line.sku(), line.category(), day);
                sku.sales = sku.sales.add(amount);
                sku.units += line.quantity();
                sku.orders++;
                OrderLineFact fact = new OrderLineFact(order.platform(), order.orderId(), line.sku(), line.category(), day,
                        line.quantity(), amount);
                facts.add(fact);
                deltas.orderLines.add(fact);
            }
        }
        return facts;
    }

    /** A platform's flag wins; otherwise an order is new when it is the customer's earliest order seen. */
    private boolean newCustomer(OrderEvent order, LocalDate day, List<String> categories, Map<String, FirstOrder> first,
                                RollupDeltas deltas) {
        FirstOrder current = first.get(order.customerId());
        boolean earliest = current == null || !current.isBefore(order.placedAt(), order.platform(), order.orderId());
        boolean derived = order.newCustomer() == null;
        boolean isNew = derived ? earliest : order.newCustomer();
        if (earliest) {
            if (current != null && current.countedNew()) {
                withdrawNewCustomer(current, deltas);
            }
            FirstOrder replacement = new FirstOrder(order.customerId(), order.platform(), order.orderId(), order.placedAt(),
                    day, categories, derived && isNew);
            first.put(order.customerId(), replacement);
            deltas.firstOrders.put(order.customerId(), replacement);
        }
        return isNew;
    }

    /** The former first order was counted as a new customer's by derivation; an earlier order now holds that place. */
    private static void withdrawNewCustomer(FirstOrder former, RollupDeltas deltas) {
        deltas.site(former.day()).newCustomerOrders--;
        for (String category : former.categories()) {
            deltas.category(category, former.day()).newCustomerOrders--;
        }
    }

    private void applyRefund(ParkedRefund parked, List<OrderLineFact> orderLines, RollupDeltas deltas) {
        for (RefundLine line : parked.refund().lines()) {
            OrderLineFact ordered = orderLines.stream().filter(fact -> fact.sku().equals(line.sku())).findFirst().orElse(null);
            if (ordered == null) {
                deltas.unmatchedRefundLines++;
                continue;
            }
            LocalDate day = attribution == RefundAttribution.ORDER_DAY ? ordered.day() : dayOf(parked.refund().at());
            RollupDeltas.CategoryCounts category = deltas.category(ordered.category(), day);
            category.sales = category.sales.subtract(line.amount());
            RollupDeltas.SkuCounts sku = deltas.sku(line.sku(), ordered.category(), day);
            sku.sales = sku.sales.subtract(line.amount());
            sku.refundedAmount = sku.refundedAmount.add(line.amount());
            sku.refundedUnits += line.quantity();
        }
    }
}

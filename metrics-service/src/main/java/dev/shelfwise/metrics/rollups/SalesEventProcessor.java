package dev.shelfwise.metrics.rollups;

import dev.shelfwise.contracts.OrderEvent;
import dev.shelfwise.metrics.MetricsConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a parsed batch in ONE database transaction: claim the event ids (deduplication), compute the deltas,
 * upsert the rollups, advance the progress. Offsets are committed only after this returns, so a crash anywhere
 * replays the batch and the claimed ids make the replay a no-op.
 */
@ApplicationScoped
public class SalesEventProcessor {
    private final RollupRepository repository;
    private final RollupReader reader;
    private final RollupCalculator calculator;
    private final Counter lateEvents;
    private final Counter unmatchedRefundLines;

    public SalesEventProcessor(RollupRepository repository, RollupReader reader, MetricsConfig config,
                               MeterRegistry registry) {
        this.repository = repository;
        this.reader = reader;
        this.calculator = new RollupCalculator(config.timezone(),
                config.refunds().attribution().equals("refund-day") ? RefundAttribution.REFUND_DAY : RefundAttribution.ORDER_DAY);
        this.lateEvents = Counter.builder("shelfwise.metrics.late.events")
                .description("Orders older than completeThrough when they arrived: they re-opened figures already reported")
                .register(registry);
        this.unmatchedRefundLines = Counter.builder("shelfwise.metrics.refund.lines.unmatched")
                .description("Refund lines naming a SKU their order does not contain (not applied)")
                .register(registry);
    }

    @Transactional
    public void apply(SalesEvents events) throws SQLException {
        Set<String> ids = new HashSet<>(events.orders().keySet());
        ids.addAll(events.refunds().keySet());
        Set<String> fresh = repository.claim(ids);

        List<OrderEvent> orders = new ArrayList<>();
        events.orders().forEach((id, order) -> {
            if (fresh.contains(id)) {
                orders.add(order);
            }
        });
        Map<String, ParkedRefund> refunds = new LinkedHashMap<>();
        events.refunds().forEach((id, refund) -> {
            if (fresh.contains(id)) {
                refunds.put(id, refund);
            }
        });
        countLate(orders);

        Set<OrderKey> batchOrders = new HashSet<>();
        orders.forEach(order -> batchOrders.add(new OrderKey(order.platform(), order.orderId())));
        repository.parkedFor(batchOrders).forEach(parked -> refunds.putIfAbsent(parked.eventId(), parked));
        repository.parkedWithKnownOrder().forEach(parked -> refunds.putIfAbsent(parked.eventId(), parked));
        Set<OrderKey> storedOrders = new HashSet<>();
        refunds.values().forEach(refund -> {
            if (!batchOrders.contains(refund.orderKey())) {
                storedOrders.add(refund.orderKey());
            }
        });

        Set<String> customers = new HashSet<>();
        orders.forEach(order -> customers.add(order.customerId()));
        RollupDeltas deltas = calculator.calculate(orders, List.copyOf(refunds.values()),
                repository.firstOrders(customers), repository.orderLines(storedOrders));
        repository.write(deltas);
        repository.advance(events.latestEventTimes());
        unmatchedRefundLines.increment(deltas.unmatchedRefundLines());
    }

    private void countLate(List<OrderEvent> orders) throws SQLException {
        OffsetDateTime completeThrough = reader.completeThrough();
        if (completeThrough != null) {
            lateEvents.increment(orders.stream().filter(order -> order.placedAt().isBefore(completeThrough)).count());
        }
    }
}

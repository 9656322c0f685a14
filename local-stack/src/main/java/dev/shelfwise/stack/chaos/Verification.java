package dev.shelfwise.stack.chaos;

import dev.shelfwise.stack.bench.Json;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * After each suite, the same checks: the consumers work off their lag; orders.v1 is read back by event id (lost,
 * duplicated, resubmitted); orders.v1-dlq must hold none of the valid orders; and every figure the services serve
 * must equal its recomputation over all orders counted so far (acknowledged, plus any unacknowledged one that is on
 * the topic anyway), within a short settling time.
 */
final class Verification {
    private static final String ORDERS = "orders.v1";
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(120);
    private static final long RECHECK_MS = 3000;
    private static final int MISMATCHES_KEPT = 20;

    private final ChaosContext context;
    private final Collection<String> categories;
    private final Collection<String> skus;
    private final FigureChecks checks = new FigureChecks(ZoneOffset.UTC);
    private final TopicAudit audit;
    /** Every order the services must count, by event id, over all suites so far. */
    private final Map<String, ChaosOrder> counted = new LinkedHashMap<>();

    Verification(ChaosContext context, Collection<String> categories, Collection<String> skus) {
        this.context = context;
        this.categories = categories;
        this.skus = skus;
        this.audit = new TopicAudit(context.bootstrap());
    }

    SuiteResult verify(String suite, Suite.Outcome outcome, long startedAt) {
        List<String> problems = new ArrayList<>(outcome.problems());
        long checking = System.nanoTime();
        Duration caughtUp = context.groups().awaitCaughtUp(ConsumerGroups.FIGURE_TOPICS, context.plan().catchUp());
        if (caughtUp == null) {
            problems.add("the consumers did not catch up within " + context.plan().catchUp().toSeconds() + " s");
        }
        List<OrderFeed.Sent> sent = outcome.feeds().stream().flatMap(feed -> feed.sent().stream()).toList();
        Map<String, Integer> copies = audit.copiesByEventId(ORDERS, READ_TIMEOUT);
        Delivery delivery = Delivery.of(sent, copies);
        for (OrderFeed.Sent order : sent) {
            if (order.acknowledged() || copies.containsKey(order.order().eventId())) {
                counted.put(order.order().eventId(), order.order());
            }
        }
        long deadLettered = deadLettered(sent);
        List<String> mismatches = compareUntilSettled();
        for (String service : context.serviceUrls().keySet()) {
            if (!context.control().ready(context.url(service))) {
                problems.add(service + " is not ready at the end of the suite");
            }
        }
        if (delivery.acknowledged() < delivery.sent()) {
            problems.add((delivery.sent() - delivery.acknowledged()) + " orders were never acknowledged ("
                    + delivery.unacknowledgedFound() + " of them are on the topic and counted)");
        }
        Double recovery = slowestRecovery(outcome.faults());
        return new SuiteResult(suite, delivery, deadLettered, mismatches.size(),
                mismatches.subList(0, Math.min(MISMATCHES_KEPT, mismatches.size())), recovery,
                caughtUp == null ? null : ChaosContext.seconds(caughtUp), outcome.faults(), outcome.notes(), problems,
                ChaosContext.seconds(System.nanoTime() - startedAt), ChaosContext.seconds(System.nanoTime() - checking));
    }

    /** The longest recovery of the faults that recovered; null when none did (or there were none). */
    static Double slowestRecovery(List<Suite.Fault> faults) {
        Double slowest = null;
        for (Suite.Fault fault : faults) {
            Double recovery = fault.recoverySeconds();
            if (recovery != null && (slowest == null || recovery > slowest)) {
                slowest = recovery;
            }
        }
        return slowest;
    }

    /** Orders of the suite that any consumer sent to orders.v1-dlq: valid records must never go there. */
    private long deadLettered(List<OrderFeed.Sent> sent) {
        Set<String> eventIds = new HashSet<>();
        Set<String> orderIds = new HashSet<>();
        sent.forEach(order -> {
            eventIds.add(order.order().eventId());
            orderIds.add(order.order().orderId());
        });
        Set<String> found = new HashSet<>();
        for (TopicAudit.Seen record : audit.read(ORDERS + "-dlq", READ_TIMEOUT)) {
            String eventId = record.header("event-id");
            if (eventId != null && eventIds.contains(eventId)) {
                found.add(eventId);
            } else if (record.value() != null && record.value().startsWith("{")) {
                try {
                    String orderId = Json.parse(record.value()).path("orderId").asText();
                    if (orderIds.contains(orderId)) {
                        found.add(orderId);
                    }
                } catch (RuntimeException notJson) {
                    // a poison record: not one of the valid orders
                }
            }
        }
        return found.size();
    }

    /** Compares every figure; differences left after the settling time are the mismatches. */
    private List<String> compareUntilSettled() {
        long deadline = System.nanoTime() + context.plan().settle().toNanos();
        while (true) {
            List<String> mismatches = compare();
            if (mismatches.isEmpty() || System.nanoTime() > deadline) {
                mismatches.forEach(mismatch -> context.control().note("MISMATCH " + mismatch));
                return mismatches;
            }
            Pause.millis(RECHECK_MS);
        }
    }

    private List<String> compare() {
        List<ChaosOrder> orders = List.copyOf(counted.values());
        List<String> mismatches = new ArrayList<>();
        mismatches.addAll(checks.metrics(orders, categories, ServiceApi.http(context.url(ChaosContext.METRICS))));
        mismatches.addAll(checks.matrix(orders, skus, ServiceApi.http(context.url(ChaosContext.MATRIX))));
        mismatches.addAll(checks.clearance(orders, skus, ServiceApi.http(context.url(ChaosContext.CLEARANCE))));
        return mismatches;
    }
}

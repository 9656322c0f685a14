package dev.shelfwise.stack.chaos;

import dev.shelfwise.stack.bench.BenchSupport;
import dev.shelfwise.stack.bench.Json;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Daily traffic snapshots posted while PostgreSQL is down. order-ingest needs no database, so it accepts them; both
 * consumers of {@code traffic.v1} (metrics-service, matrix-service) must store them once the database is back:
 * their groups reach the end of the topic, nothing lands in {@code traffic.v1-dlq}, and metrics-service publishes
 * the last posted views of each SKU in {@code product-stats.v1}. A consumer whose channel gave up on the outage
 * fails here: its group stays behind.
 */
final class TrafficDuringOutage {
    static final String TRAFFIC = "traffic.v1";
    private static final String PRODUCT_STATS = "product-stats.v1";
    private static final List<String> CONSUMERS = List.of(ChaosContext.METRICS, ChaosContext.MATRIX);
    /** SKUs given a snapshot in each outage. */
    static final int SKUS = 12;
    private static final Duration SETTLE = Duration.ofSeconds(120);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    private static final long RECHECK_MS = 1_000;

    /** Yesterday: inside every trailing stats window whatever the shop's zone, and a day the feed has orders. */
    private final LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(1);
    /** The views last posted per SKU (snapshots of a SKU-day replace each other). */
    private final Map<String, Long> expectedViews = new TreeMap<>();
    private int outages;

    /** Posts one snapshot per SKU, views different from any earlier outage's; returns the problems. */
    List<String> post(ChaosContext context, List<String> skus) {
        outages++;
        List<String> problems = new ArrayList<>();
        StringBuilder body = new StringBuilder("[");
        Map<String, Long> posted = new TreeMap<>();
        for (String sku : skus.subList(0, Math.min(SKUS, skus.size()))) {
            long views = 1_000L * outages + posted.size();
            posted.put(sku, views);
            body.append(body.length() > 1 ? "," : "").append(Json.write(Map.of("sku", sku, "date", day.toString(),
                    "views", views, "searchImpressions", 3 * views, "addToCart", views / 10), false));
        }
        body.append(']');
        HttpClient http = BenchSupport.http();
        try {
            HttpResponse<String> answer = http.send(BenchSupport.postJson(context.url(ChaosContext.INGEST) + "/v1/traffic",
                    body.toString().getBytes(StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 202 || !answer.body().contains("\"rejected\":[]")) {
                problems.add("order-ingest answered " + answer.statusCode() + " to traffic while PostgreSQL was down: " + answer.body());
            } else {
                expectedViews.putAll(posted);
            }
        } catch (IOException e) {
            problems.add("posting traffic while PostgreSQL was down failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return problems;
    }

    /** Waits until both consumers stored what was posted; returns what they did not. */
    List<String> verify(ChaosContext context) {
        if (expectedViews.isEmpty()) {
            return List.of();
        }
        TopicAudit audit = new TopicAudit(context.bootstrap());
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (true) {
            boolean lastLook = System.nanoTime() > deadline;
            List<String> problems = new ArrayList<>();
            for (String consumer : CONSUMERS) {
                long lag = context.groups().lag(consumer, List.of(TRAFFIC));
                if (lag != 0) {
                    problems.add(consumer + " left " + lag + " traffic snapshots posted during the outage unconsumed");
                }
            }
            // the topics are read back whole, so only once both consumers are through (or at the deadline)
            if (problems.isEmpty() || lastLook) {
                int deadLettered = audit.read(TRAFFIC + "-dlq", READ_TIMEOUT).size();
                if (deadLettered != 0) {
                    problems.add(deadLettered + " traffic snapshots were dead-lettered");
                }
                Map<String, Long> published = publishedViews(audit);
                expectedViews.forEach((sku, views) -> {
                    if (!views.equals(published.get(sku))) {
                        problems.add("product-stats.v1 of " + sku + " says views " + published.get(sku) + ", posted " + views);
                    }
                });
            }
            if (problems.isEmpty() || lastLook) {
                return problems;
            }
            Pause.millis(RECHECK_MS);
        }
    }

    int snapshots() {
        return expectedViews.size();
    }

    /** The latest views metrics-service published per SKU of interest. */
    private Map<String, Long> publishedViews(TopicAudit audit) {
        Map<String, Long> views = new TreeMap<>();
        for (TopicAudit.Seen record : audit.read(PRODUCT_STATS, READ_TIMEOUT)) {
            if (record.key() != null && record.value() != null && expectedViews.containsKey(record.key())) {
                Json stats = Json.parse(record.value());
                views.put(record.key(), stats.path("views").isNull() || stats.path("views").isMissing() ? null
                        : stats.path("views").asLong());
            }
        }
        return views;
    }
}

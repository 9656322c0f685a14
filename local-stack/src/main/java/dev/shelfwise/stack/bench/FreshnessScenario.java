package dev.shelfwise.stack.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scenario 2, freshness: live orders (placed now) posted through order-ingest at a target rate for a warm-up and
 * a measured window, while a marker order is posted one at a time into a category of its own and
 * metrics-service's {@code /v1/trends} for that category is polled until the marker's sale shows: the lag from
 * order-ingest's 202 (Kafka acknowledged it) to the figure being visible.
 */
final class FreshnessScenario {
    static final String MARKER_CATEGORY = "bench-marker";

    private FreshnessScenario() {
    }

    static void run(Args args) throws Exception {
        Path out = Path.of(args.required("out"));
        String ingest = args.required("ingest-url") + "/v1/orders";
        String metrics = args.required("metrics-url");
        String bootstrap = args.required("bootstrap");
        int rate = args.getInt("rate", 10_000);
        int seconds = args.getInt("seconds", 60);
        int warmup = args.getInt("warmup", 10);
        int batch = args.getInt("batch", 500);
        int clients = args.getInt("clients", 4);
        int pollMillis = args.getInt("poll-millis", 10);
        long seed = Long.parseLong(args.get("seed", "42"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String runId = "F" + System.currentTimeMillis() % 100_000_000 + "-";
        OrderGenerator generator = new OrderGenerator(seed + 1, args.getInt("skus", 10_000), args.getInt("customers", 200_000),
                today, 1, 10_000_000L, runId);

        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(warmup);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(seconds);
        long intervalNanos = (long) (1e9 * batch / rate);
        AtomicLong nextBatch = new AtomicLong();
        AtomicLong acceptedInWindow = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        AtomicLong behindSchedule = new AtomicLong();
        Latencies postLatency = new Latencies();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                HttpClient http = BenchSupport.http();
                while (true) {
                    long k = nextBatch.getAndIncrement();
                    long due = start + k * intervalNanos;
                    if (due >= end) {
                        return;
                    }
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        sleepNanos(wait);
                    } else if (-wait > 1_000_000_000L) {
                        behindSchedule.incrementAndGet();
                    }
                    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
                    List<String> items = new ArrayList<>(batch);
                    for (int i = 0; i < batch; i++) {
                        items.add(generator.order(k * batch + i, null, now).json());
                    }
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> answer = http.send(BenchSupport.postJson(ingest, BenchSupport.jsonArray(items)),
                                HttpResponse.BodyHandlers.ofString());
                        long done = System.nanoTime();
                        if (answer.statusCode() != 202) {
                            failures.incrementAndGet();
                        } else if (done >= measureFrom && done <= end) { // acknowledged inside the window
                            acceptedInWindow.addAndGet(batch);
                            postLatency.add(done - sent);
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
            }, "freshness-load-" + c);
            thread.start();
            threads.add(thread);
        }

        // markers, one at a time, during the measured window only
        Latencies lag = new Latencies();
        List<Double> timeline = new ArrayList<>();
        int timeouts = 0;
        HttpClient http = BenchSupport.http();
        sleepNanos(measureFrom - System.nanoTime());
        BigDecimal seen = markerSales(http, metrics, today);
        int marker = 0;
        while (System.nanoTime() < end) {
            long begun = System.nanoTime();
            marker++;
            String order = "{\"orderId\":\"" + runId + "marker-" + marker + "\",\"customerId\":\"bench-marker\",\"placedAt\":\""
                    + OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS) + "\",\"currency\":\"USD\","
                    + "\"lines\":[{\"sku\":\"BENCH-MARKER\",\"category\":\"" + MARKER_CATEGORY + "\",\"quantity\":1,\"unitPrice\":1}]}";
            HttpResponse<String> answer = http.send(BenchSupport.postJson(ingest, ("[" + order + "]").getBytes(StandardCharsets.UTF_8)),
                    HttpResponse.BodyHandlers.ofString());
            long acked = System.nanoTime();
            if (answer.statusCode() != 202) {
                failures.incrementAndGet();
                continue;
            }
            BigDecimal expected = seen.add(BigDecimal.ONE);
            long deadline = acked + TimeUnit.SECONDS.toNanos(30);
            boolean visible = false;
            while (System.nanoTime() < deadline) {
                BigDecimal sales = markerSales(http, metrics, today);
                if (sales.compareTo(expected) >= 0) {
                    visible = true;
                    seen = sales;
                    break;
                }
                Thread.sleep(pollMillis);
            }
            long shown = System.nanoTime();
            if (visible) {
                lag.add(shown - acked);
                timeline.add(BenchSupport.round1((shown - acked) / 1e6));
            } else {
                timeouts++;
                seen = markerSales(http, metrics, today);
            }
            long pause = TimeUnit.MILLISECONDS.toNanos(200) - (System.nanoTime() - begun);
            if (pause > 0) {
                sleepNanos(pause);
            }
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long lagAtEnd;
        try (Admin admin = BenchSupport.admin(bootstrap)) {
            Map<TopicPartition, Long> endOffsets = BenchSupport.endOffsets(admin, List.of("orders.v1"));
            lagAtEnd = BenchSupport.lag(BenchSupport.committed(admin, "metrics-service"), endOffsets, null);
        }
        double achieved = acceptedInWindow.get() / (double) seconds;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("scenario", "freshness");
        result.put("targetOrdersPerSec", rate);
        result.put("achievedOrdersPerSec", BenchSupport.round1(achieved));
        result.put("sustainedTarget", achieved >= 0.95 * rate && behindSchedule.get() == 0);
        result.put("batchSize", batch);
        result.put("clients", clients);
        result.put("warmupSeconds", warmup);
        result.put("measuredSeconds", seconds);
        result.put("failedRequests", failures.get());
        result.put("batchesMoreThan1sBehindSchedule", behindSchedule.get());
        result.put("postLatency", postLatency.summary());
        result.put("markers", marker);
        result.put("markerTimeouts30s", timeouts);
        result.put("pollMillis", pollMillis);
        result.put("endToEndLag", lag.summary());
        result.put("lagSamplesMs", timeline);
        result.put("metricsConsumerLagAtEnd", lagAtEnd);
        result.put("method", "a marker order (category " + MARKER_CATEGORY + ", 1.00) posted alone; lag = from its 202 to"
                + " GET /v1/trends?category=" + MARKER_CATEGORY + " showing its sale, polled every " + pollMillis + " ms");
        result.put("targets", Map.of("p99Ms", 1000, "ordersPerSec", 10_000));
        result.put("loadAverageAtEnd", BenchSupport.loadAverage());
        System.out.printf("  freshness: %.0f orders/s (target %d), lag p50 %s ms p99 %s ms over %d markers (%d timeouts)%n",
                achieved, rate, lag.summary().get("p50Ms"), lag.summary().get("p99Ms"), marker, timeouts);
        BenchSupport.writeResult(out, "freshness", result);
    }

    private static BigDecimal markerSales(HttpClient http, String metrics, LocalDate today) throws Exception {
        HttpResponse<String> answer = http.send(BenchSupport.get(metrics + "/v1/trends?category=" + MARKER_CATEGORY
                + "&from=" + today.minusDays(1) + "&to=" + today.plusDays(1)), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            return BigDecimal.ZERO; // the category is unknown until its first sale
        }
        Json sales = Json.parse(answer.body()).path("sales");
        return sales.isNull() ? BigDecimal.ZERO : sales.decimalValue();
    }

    private static void sleepNanos(long nanos) {
        if (nanos > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(nanos);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

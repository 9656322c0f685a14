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

    /**
     * Runs each rate of {@code --rates} (e.g. {@code auto,10000}) in turn. {@code auto} is half the rate at which
     * metrics-service caught up in the replay (a rate it can sustain next to order-ingest and the load generator),
     * rounded down to 500; it is skipped when that is not below the other rates. Between runs metrics-service
     * first works off any backlog (at most 120 s).
     */
    static void run(Args args) throws Exception {
        Path out = Path.of(args.required("out"));
        String bootstrap = args.required("bootstrap");
        List<Integer> rates = new ArrayList<>();
        int fixedMax = 0;
        for (String rate : args.list("rates").isEmpty() ? List.of("10000") : args.list("rates")) {
            if (!rate.equals("auto")) {
                fixedMax = Math.max(fixedMax, Integer.parseInt(rate));
            }
        }
        for (String rate : args.list("rates").isEmpty() ? List.of("10000") : args.list("rates")) {
            if (rate.equals("auto")) {
                Json replay = BenchSupport.readResult(out, "replay");
                double caughtUp = replay == null ? 0 : replay.path("catchUp").path("ordersPerSecFromReady").asDouble();
                int auto = Math.max(500, (int) (caughtUp / 2 / 500) * 500);
                if (caughtUp > 0 && auto < fixedMax) {
                    rates.add(auto);
                }
            } else {
                rates.add(Integer.parseInt(rate));
            }
        }
        List<Map<String, Object>> runs = new ArrayList<>();
        for (int rate : rates) {
            drain(bootstrap, 120);
            runs.add(runAt(args, rate));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("scenario", "freshness");
        result.put("runs", runs);
        result.put("method", runs.isEmpty() ? null : runs.get(0).get("method"));
        result.put("targets", Map.of("p99Ms", 1000, "ordersPerSec", 10_000));
        BenchSupport.writeResult(out, "freshness", result);
    }

    /** Waits until metrics-service's group has consumed orders.v1 to its end, or the time is up. */
    private static void drain(String bootstrap, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        try (Admin admin = BenchSupport.admin(bootstrap)) {
            while (System.nanoTime() < deadline) {
                Map<TopicPartition, Long> endOffsets = BenchSupport.endOffsets(admin, List.of("orders.v1"));
                if (BenchSupport.lag(BenchSupport.committed(admin, "metrics-service"), endOffsets, null) == 0) {
                    return;
                }
                Thread.sleep(1000);
            }
        }
    }

    private static Map<String, Object> runAt(Args args, int rate) throws Exception {
        String ingest = args.required("ingest-url") + "/v1/orders";
        String metrics = args.required("metrics-url");
        String bootstrap = args.required("bootstrap");
        int seconds = args.getInt("seconds", 60);
        int warmup = args.getInt("warmup", 10);
        int batch = args.getInt("batch", 500);
        int clients = args.getInt("clients", 4);
        int pollMillis = args.getInt("poll-millis", 10);
        String loadAtStart = BenchSupport.loadAverage();
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
            } else { // counted at the 30 s cut-off: the real lag is longer (censored), never dropped
                lag.add(shown - acked);
                timeline.add(BenchSupport.round1((shown - acked) / 1e6));
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
        result.put("targetOrdersPerSec", rate);
        result.put("loadAverageAtStart", loadAtStart);
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
        result.put("method", "a marker order (category " + MARKER_CATEGORY + ", 1.00) posted alone, the next one 200 ms after"
                + " the previous one showed; lag = from its 202 to GET /v1/trends?category=" + MARKER_CATEGORY + " showing its sale,"
                + " polled every " + pollMillis + " ms; a marker not visible within 30 s counts as 30 s (the real lag is longer)");
        result.put("loadAverageAtEnd", BenchSupport.loadAverage());
        System.out.printf("  freshness: %.0f orders/s (target %d), lag p50 %s ms p99 %s ms over %d markers (%d timeouts)%n",
                achieved, rate, lag.summary().get("p50Ms"), lag.summary().get("p99Ms"), marker, timeouts);
        return result;
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

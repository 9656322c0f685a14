package dev.shelfwise.stack.tpcds;

import dev.shelfwise.stack.bench.Json;
import dev.shelfwise.stack.imports.PatientCalls;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./shelfwise import tpcds [--scale N]}: the TPC-DS web channel ({@link TpcdsWebChannel}) posted through
 * order-ingest's public endpoints — the catalog and the inventory first (order lines find their category through
 * the products seen before), then the orders as they are generated, then the refunds, then the most-used
 * promotion in matrix-service. In parts of {@code --orders-per-request} items, several at once; a 503 (Kafka did not
 * acknowledge in time: nothing of the part counts) is retried whole after its {@code Retry-After}. Running it again
 * counts nothing twice: every order and refund keeps its id.
 */
public final class TpcdsImport {
    static final int EXIT_REJECTED = 2;

    private final String ingest;
    private final String token;
    /** Generate and map only: nothing is posted (how long the generation and mapping take on their own). */
    private final boolean dryRun;
    private final int perRequest;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService senders;
    private final Semaphore inFlight;
    private final List<Future<?>> sent = new ArrayList<>();
    private final Map<String, AtomicLong> accepted = new TreeMap<>();
    private final List<String> rejections = new ArrayList<>();

    TpcdsImport(String ingest, String token, int perRequest, int concurrency, boolean dryRun) {
        this.ingest = ingest;
        this.token = token;
        this.dryRun = dryRun;
        this.perRequest = perRequest;
        this.senders = Executors.newFixedThreadPool(concurrency);
        this.inFlight = new Semaphore(concurrency * 2);
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < argv.length; i++) {
            if (!argv[i].startsWith("--") || i + 1 >= argv.length) {
                System.err.println("usage: shelfwise import tpcds [--scale 1] [--years-later N] [--orders-per-request 1000]"
                        + " [--concurrency 4] [--dry-run true] [--url URL] [--matrix-url URL] [--metrics-url URL] [--token T]");
                System.exit(1);
            }
            options.put(argv[i].substring(2), argv[++i]);
        }
        double scale = Double.parseDouble(options.getOrDefault("scale", "1"));
        TpcdsCalendar calendar = options.containsKey("years-later")
                ? new TpcdsCalendar(Integer.parseInt(options.get("years-later")))
                : TpcdsCalendar.before(LocalDate.now(ZoneOffset.UTC));
        String token = options.getOrDefault("token", System.getenv().getOrDefault("SHELFWISE_IMPORT_TOKEN", "demo-token"));
        TpcdsImport importer = new TpcdsImport(options.getOrDefault("url", "http://127.0.0.1:8081"), token,
                Integer.parseInt(options.getOrDefault("orders-per-request", "1000")),
                Integer.parseInt(options.getOrDefault("concurrency", "4")), Boolean.parseBoolean(options.get("dry-run")));
        try {
            System.exit(importer.run(new TpcdsWebChannel(scale, calendar), options.getOrDefault("matrix-url", "http://127.0.0.1:8083"),
                    options.getOrDefault("metrics-url", "http://127.0.0.1:8082")));
        } catch (Exception e) {
            System.err.println("import tpcds failed: " + e.getMessage());
            System.exit(1);
        } finally {
            importer.senders.shutdownNow();
        }
    }

    int run(TpcdsWebChannel channel, String matrix, String metrics) throws Exception {
        System.out.printf(Locale.ROOT, "TPC-DS web channel, scale %s, dates moved %d years later (UTC)%n", channel.scale(),
                channel.calendar().yearsLater());
        long started = System.nanoTime();
        Map<String, Long> skippedItems = new TreeMap<>();
        List<Map<String, Object>> catalog = channel.catalogEvents(skippedItems);
        TpcdsInventory.Snapshot snapshot = channel.lastInventory();
        Map<String, Long> skippedInventory = new TreeMap<>(snapshot.skippedRows());
        List<Map<String, Object>> inventory = TpcdsInventory.events(snapshot, channel.catalog(), channel.calendar(), skippedInventory);
        postAll("catalog", catalog);
        postAll("inventory", inventory);
        awaitSent();
        System.out.printf(Locale.ROOT, "  catalog: %,d SKUs (%,d item versions) and inventory of %s: %,d SKUs, in %.1f s%n",
                catalog.size(), channel.catalog().versions(), channel.calendar().shifted(snapshot.tpcdsDate()),
                inventory.size(), seconds(started));

        long ordersStarted = System.nanoTime();
        List<Map<String, Object>> refunds = new ArrayList<>(); // posted after every order is in
        List<Map<String, Object>> orders = new ArrayList<>();
        TpcdsOrderMapping.Counts counts = channel.sales(new TpcdsOrderMapping.Events() {
            @Override
            public void order(String orderId, String customerId, Map<String, Object> order) {
                orders.add(order);
                if (orders.size() == perRequest) {
                    post("orders", List.copyOf(orders));
                    orders.clear();
                }
            }

            @Override
            public void refund(String refundId, String orderId, Map<String, Object> refund) {
                refunds.add(refund);
            }
        });
        postAll("orders", orders);
        awaitSent();
        double orderSeconds = seconds(ordersStarted);
        System.out.printf(Locale.ROOT, "  orders: %,d orders (%,d lines; %,d lines of one SKU merged) from %,d web_sales rows,"
                        + " %s to %s, in %.1f s: %,.0f orders/s (generation included)%n", counts.orders(), counts.lines(),
                counts.mergedLines(), counts.salesRows(), counts.firstDay(), counts.lastDay(), orderSeconds,
                counts.orders() / Math.max(orderSeconds, 1e-3));
        long refundsStarted = System.nanoTime();
        postAll("refunds", refunds);
        awaitSent();
        System.out.printf(Locale.ROOT, "  refunds: %,d refunds (%,d lines) from %,d web_returns rows in %.1f s%n",
                counts.refunds(), counts.refundLines(), counts.returnRows(), seconds(refundsStarted));

        TpcdsPromotion promotion = channel.mostUsedPromotion(counts);
        if (promotion != null && !dryRun) {
            putPromotion(matrix, promotion);
            System.out.printf(Locale.ROOT, "  promotion %s (%s, on %,d lines) over %s..%s in matrix-service; its explosion"
                            + " coefficient: %s/v1/categories/explosion?start=%s&end=%s%n", promotion.id(), promotion.name(),
                    promotion.lines(), promotion.start(), promotion.end(), metrics, promotion.start(), promotion.end());
        }
        Map<String, Long> skipped = new TreeMap<>();
        counts.skippedRowsByReason().forEach((reason, n) -> skipped.merge(reason, n, Long::sum));
        skippedItems.forEach((reason, n) -> skipped.merge("item: " + reason, n, Long::sum));
        skippedInventory.forEach((reason, n) -> skipped.merge("inventory: " + reason, n, Long::sum));
        System.out.printf(Locale.ROOT, "imported TPC-DS scale %s in %.1f s: %,d orders, %,d lines, %,d refunds, %,d items,"
                        + " %,d inventory snapshots; accepted by order-ingest %s; skipped rows %,d%s%n", channel.scale(),
                seconds(started), counts.orders(), counts.lines(), counts.refunds(), catalog.size(), inventory.size(),
                accepted, skipped.values().stream().mapToLong(Long::longValue).sum(), skipped.isEmpty() ? "" : ":");
        skipped.forEach((reason, n) -> System.out.printf(Locale.ROOT, "  %,8d  %s%n", n, reason));
        if (!rejections.isEmpty()) {
            System.out.printf("order-ingest rejected %,d items; the first:%n", rejections.size());
            rejections.stream().limit(10).forEach(r -> System.out.println("  " + r));
            return EXIT_REJECTED;
        }
        return 0;
    }

    private void postAll(String type, List<Map<String, Object>> items) throws InterruptedException {
        for (int from = 0; from < items.size(); from += perRequest) {
            post(type, List.copyOf(items.subList(from, Math.min(items.size(), from + perRequest))));
        }
    }

    /** Queues one part; blocks while enough parts are in flight (the generator waits for the senders). */
    private void post(String type, List<Map<String, Object>> items) {
        if (dryRun) {
            Json.write(items, false); // the JSON is still written, as it would be posted
            return;
        }
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        byte[] body = Json.write(items, false).getBytes(StandardCharsets.UTF_8);
        synchronized (sent) {
            sent.add(senders.submit(() -> {
                try {
                    send(type, body);
                    return null;
                } finally {
                    inFlight.release();
                }
            }));
        }
    }

    private void awaitSent() throws Exception {
        List<Future<?>> pending;
        synchronized (sent) {
            pending = new ArrayList<>(sent);
            sent.clear();
        }
        for (Future<?> future : pending) {
            future.get();
        }
    }

    private void send(String type, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ingest + "/v1/" + type))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> answer = PatientCalls.send(http, request, "order-ingest at " + ingest);
        if (answer.statusCode() != 202 && !(answer.statusCode() == 400 && answer.body().contains("\"rejected\""))) {
            throw new IllegalStateException("POST /v1/" + type + " answered " + answer.statusCode() + ": "
                    + answer.body().substring(0, Math.min(500, answer.body().length())));
        }
        Json result = Json.parse(answer.body());
        synchronized (accepted) {
            accepted.computeIfAbsent(type, t -> new AtomicLong()).addAndGet(result.path("accepted").asLong());
            for (Json rejected : result.path("rejected")) {
                rejections.add(type + " " + rejected.path("id").asText("?") + ": " + rejected.path("errors"));
            }
        }
    }

    private void putPromotion(String matrix, TpcdsPromotion promotion) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(matrix + "/v1/promotions/" + promotion.id()))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .PUT(HttpRequest.BodyPublishers.ofString(Json.write(promotion.body(), false))).build();
        HttpResponse<String> answer = PatientCalls.send(http, request, "matrix-service at " + matrix);
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException("PUT /v1/promotions/" + promotion.id() + " answered " + answer.statusCode()
                    + ": " + answer.body());
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}

package dev.shelfwise.stack.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Scenario 4, queries on the replayed year. {@code prepare}: the catalog, inventory (some of it aged), a day of
 * traffic and a week of ad spend for the generated SKUs through order-ingest, and a promotion over the year's
 * sale days in matrix-service; waits until matrix-service and clearance-service consumed it all.
 * {@code run}: first each endpoint alone, one client, sequentially (its own cost, without queueing behind the
 * others), then 16 concurrent clients call every dashboard endpoint of metrics-, matrix- and clearance-service in
 * turn (parameters rotating over categories and SKUs) for a warm-up and a measured window; p50/p99 per endpoint in
 * both, with the CPU the services and PostgreSQL spent per request.
 */
final class QueryScenario {
    static final String PROMOTION = "bench-sale";

    private QueryScenario() {
    }

    /** Timed requests per endpoint in the single-client pass (fewer when its time budget runs out first). */
    private static final int SINGLE_CLIENT_REQUESTS = 50;
    /** The single-client pass gives each endpoint this share of the mix's measured seconds at most. */
    private static final int SINGLE_CLIENT_BUDGET_DIVISOR = 6;

    private record Endpoint(String name, IntFunction<HttpRequest> request) {
    }

    /** One answered (or failed: status -1) request. */
    private record Call(int status, long bytes, long nanos) {
    }

    /** Latencies, statuses and answer sizes of one endpoint. */
    private static final class Tally {
        final Latencies latencies = new Latencies();
        final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        final AtomicLong bytes = new AtomicLong();

        void add(Call call) {
            latencies.add(call.nanos());
            statuses.computeIfAbsent(call.status(), s -> new AtomicLong()).incrementAndGet();
            bytes.addAndGet(call.bytes());
        }

        Map<String, Object> row(String endpoint) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("endpoint", endpoint);
            row.putAll(latencies.summary());
            Map<String, Long> byStatus = new LinkedHashMap<>();
            statuses.forEach((status, count) -> byStatus.put(String.valueOf(status), count.get()));
            row.put("statuses", byStatus);
            int count = latencies.count();
            row.put("meanBytes", count == 0 ? 0 : bytes.get() / count);
            return row;
        }
    }

    /**
     * CPU seconds of everything that answers the queries: the three services (matrix-service calls metrics-service)
     * and PostgreSQL with its backends; the load generator and other work on the machine are left out.
     */
    private record ServingCpu(List<Long> servicePids, long postmasterPid) {
        static ServingCpu of(Args args, Path out) {
            // ./shelfwise bench keeps PID files in $SHELFWISE_HOME/run beside the scratch directory bench-work
            Path home = BenchSupport.work(args, out).toAbsolutePath().getParent();
            Path run = Path.of(args.get("run-dir", home.resolve("run").toString()));
            List<Long> pids = new ArrayList<>();
            for (String service : List.of("metrics-service", "matrix-service", "clearance-service")) {
                pids.add(CpuTime.pidFile(run.resolve(service + ".pid")));
            }
            long postmaster = CpuTime.pidFile(Path.of(args.get("postmaster-pid-file",
                    home.resolve("postgres/data/postmaster.pid").toString())));
            return new ServingCpu(pids, postmaster);
        }

        /** NaN when a process is unknown. */
        double seconds() {
            double total = postmasterPid < 0 ? Double.NaN : CpuTime.tree(postmasterPid);
            for (long pid : servicePids) {
                total += pid < 0 ? Double.NaN : CpuTime.of(pid);
            }
            return total;
        }

        /** CPU milliseconds per request between two readings; null when unknown. */
        static Double msPerRequest(double before, double after, long requests) {
            double ms = (after - before) * 1000 / requests;
            return requests == 0 || Double.isNaN(ms) ? null : Latencies.round(ms);
        }
    }

    static void prepare(Args args) throws Exception {
        Path out = Path.of(args.required("out"));
        String ingest = args.required("ingest-url");
        String matrix = args.required("matrix-url");
        String bootstrap = args.required("bootstrap");
        if (args.get("data", "synthetic").equals("tpcds")) {
            long started = System.nanoTime();
            HttpClient http = BenchSupport.http();
            Map<String, Object> result = TpcdsQueryData.post(out, http, ingest);
            LocalDate saleStart = LocalDate.parse(String.valueOf(result.get("saleStart")));
            String promotion = putPromotion(http, matrix, "TPC-DS most-used promotion", saleStart,
                    LocalDate.parse(String.valueOf(result.get("saleEnd"))));
            awaitConsumers(args, bootstrap, result);
            result.put("promotion", promotion);
            result.put("prepareSeconds", BenchSupport.round1((System.nanoTime() - started) / 1e9));
            BenchSupport.writeResult(BenchSupport.work(args, out), "queries-prepare", result);
            return;
        }
        Json replay = BenchSupport.readResult(out, "replay");
        int skus = replay.path("skus").asInt();
        long seed = Long.parseLong(args.get("seed", "42"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        OrderGenerator generator = new OrderGenerator(seed, skus, 1, today.minusDays(365), 365, 1, "Q-");
        SplittableRandom random = new SplittableRandom(seed);
        long started = System.nanoTime();
        HttpClient http = BenchSupport.http();
        List<String> catalog = new ArrayList<>();
        List<String> inventory = new ArrayList<>();
        List<String> traffic = new ArrayList<>();
        String[] tags = {"exclusive", "co-branded", "ip", "gift-box", "flagship"};
        for (int sku = 0; sku < skus; sku++) {
            String id = generator.skuId(sku);
            String price = OrderGenerator.money(generator.priceCents(sku));
            String cost = OrderGenerator.money(generator.unitCostCents(sku));
            catalog.add("{\"sku\":\"" + id + "\",\"category\":\"" + generator.categoryOf(sku) + "\",\"name\":\""
                    + generator.categoryOf(sku) + " item " + id + "\",\"listPrice\":" + price + ",\"unitCost\":" + cost
                    + ",\"launchedAt\":\"" + today.minusDays(30 + random.nextInt(700)) + "\",\"tags\":["
                    + (random.nextDouble() < 0.15 ? "\"" + tags[random.nextInt(tags.length)] + "\"" : "")
                    + "],\"rating\":" + (36 + random.nextInt(15)) / 10.0 + ",\"reviewCount\":" + random.nextInt(2000) + "}");
            boolean aged = sku % 50 > 25 && random.nextDouble() < 0.3; // the long tail of each category
            int fresh = 20 + random.nextInt(300);
            int old = aged ? 100 + random.nextInt(800) : 0;
            inventory.add("{\"sku\":\"" + id + "\",\"at\":\"" + today.atStartOfDay(ZoneOffset.UTC) + "\",\"onHand\":" + (fresh + old)
                    + ",\"inbound\":0,\"unitCost\":" + cost + ",\"ageBuckets\":" + (aged ? "{\"0-90\":" + fresh + ",\"181-270\":" + old + "}"
                    : "{\"0-90\":" + fresh + "}") + ",\"storageFeePerUnitMonth\":0.40,\"disposalFeePerUnit\":1.50}");
            long views = 20 + random.nextInt(3000);
            traffic.add("{\"sku\":\"" + id + "\",\"date\":\"" + today.minusDays(1) + "\",\"views\":" + views
                    + ",\"searchImpressions\":" + views * 3 + ",\"addToCart\":" + views / 10 + "}");
        }
        List<String> adSpend = new ArrayList<>();
        for (int day = 7; day >= 1; day--) {
            for (int c = 0; c < 5; c++) {
                String category = OrderGenerator.CATEGORIES.get(c);
                int perCategory = skus / OrderGenerator.CATEGORIES.size();
                List<String> campaignSkus = new ArrayList<>();
                for (int i = 0; i < Math.min(5, perCategory); i++) {
                    campaignSkus.add("\"" + generator.skuId(c * perCategory + perCategory - 1 - i) + "\"");
                }
                adSpend.add("{\"campaignId\":\"bench-" + category + "\",\"channel\":\"ads:bench-" + category + "\",\"skus\":"
                        + campaignSkus + ",\"date\":\"" + today.minusDays(day) + "\",\"spend\":" + (80 + random.nextInt(120))
                        + ",\"impressions\":" + (20_000 + random.nextInt(20_000)) + ",\"clicks\":" + (400 + random.nextInt(800)) + "}");
            }
        }
        postInBatches(http, ingest + "/v1/catalog", catalog);
        postInBatches(http, ingest + "/v1/inventory", inventory);
        postInBatches(http, ingest + "/v1/traffic", traffic);
        postInBatches(http, ingest + "/v1/ad-spend", adSpend);
        LocalDate saleStart = saleStart(today);
        String promotion = putPromotion(http, matrix, "Bench sale", saleStart, saleStart.plusDays(2));
        Map<String, Object> result = new LinkedHashMap<>();
        awaitConsumers(args, bootstrap, result);
        result.put("catalogSkus", skus);
        result.put("inventorySnapshots", inventory.size());
        result.put("trafficRecords", traffic.size());
        result.put("adSpendRecords", adSpend.size());
        result.put("promotion", promotion);
        result.put("prepareSeconds", BenchSupport.round1((System.nanoTime() - started) / 1e9));
        BenchSupport.writeResult(BenchSupport.work(args, out), "queries-prepare", result);
    }

    /** The promotion the matrix endpoints ask about, {@value #PROMOTION}, over the given days; its JSON. */
    private static String putPromotion(HttpClient http, String matrix, String name, LocalDate start, LocalDate end)
            throws Exception {
        String promotion = "{\"name\":\"" + name + "\",\"theme\":\"singles-day\",\"start\":\"" + start + "\",\"end\":\""
                + end + "\",\"goal\":\"sales\",\"coreCount\":5,\"auxiliaryCount\":5}";
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(matrix + "/v1/promotions/" + PROMOTION))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .PUT(HttpRequest.BodyPublishers.ofString(promotion)).build(), HttpResponse.BodyHandlers.ofString());
        if (put.statusCode() / 100 != 2) {
            throw new IllegalStateException("PUT promotion answered " + put.statusCode() + ": " + put.body());
        }
        return promotion;
    }

    /**
     * matrix-service and clearance-service consume one record per transaction: waits until they are through, and
     * until metrics-service has published the replayed year's product and category stats; the lags go to {@code result}.
     */
    private static void awaitConsumers(Args args, String bootstrap, Map<String, Object> result) throws Exception {
        long started = System.nanoTime();
        int timeout = args.getInt("timeout", 300);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeout);
        long matrixLag = -1;
        long clearanceLag = -1;
        long stableSince = System.nanoTime();
        long lastStatsEnd = -1;
        try (Admin admin = BenchSupport.admin(bootstrap)) {
            while (System.nanoTime() < deadline) {
                Map<TopicPartition, Long> matrixEnd = BenchSupport.endOffsets(admin,
                        List.of("catalog.v1", "inventory.v1", "traffic.v1", "product-stats.v1", "category-stats.v1"));
                Map<TopicPartition, Long> clearanceEnd = BenchSupport.endOffsets(admin, List.of("inventory.v1", "ad-spend.v1"));
                matrixLag = BenchSupport.lag(BenchSupport.committed(admin, "matrix-service"), matrixEnd, null);
                clearanceLag = BenchSupport.lag(BenchSupport.committed(admin, "clearance-service"), clearanceEnd, null);
                long statsEnd = BenchSupport.endOffsets(admin, List.of("product-stats.v1", "category-stats.v1")).values()
                        .stream().mapToLong(Long::longValue).sum();
                if (statsEnd != lastStatsEnd) {
                    lastStatsEnd = statsEnd;
                    stableSince = System.nanoTime();
                }
                boolean statsSettled = System.nanoTime() - stableSince > TimeUnit.SECONDS.toNanos(12) && statsEnd > 0;
                if (matrixLag == 0 && clearanceLag == 0 && statsSettled) {
                    break;
                }
                Thread.sleep(1000);
            }
        }
        result.put("matrixLagWhenStarting", matrixLag);
        result.put("clearanceLagWhenStarting", clearanceLag);
        System.out.printf("  queries prepared: consumers through after %.0f s (matrix lag %d, clearance lag %d)%n",
                (System.nanoTime() - started) / 1e9, matrixLag, clearanceLag);
    }

    /** The first day of the sale the generator puts around 11 November, within the replayed year. */
    static LocalDate saleStart(LocalDate today) {
        LocalDate sale = LocalDate.of(today.getYear(), 11, 9);
        return sale.isBefore(today.minusDays(1)) ? sale : sale.minusYears(1);
    }

    static void postInBatches(HttpClient http, String url, List<String> items) throws Exception {
        for (int from = 0; from < items.size(); from += 2000) {
            BenchSupport.postAll(http, url, BenchSupport.jsonArray(items.subList(from, Math.min(items.size(), from + 2000))));
        }
    }

    static void run(Args args) throws Exception {
        Path out = Path.of(args.required("out"));
        String metrics = args.required("metrics-url");
        String matrix = args.required("matrix-url");
        String clearance = args.required("clearance-url");
        int seconds = args.getInt("seconds", 60);
        int warmup = args.getInt("warmup", 10);
        int clients = args.getInt("clients", 16);
        String loadAtStart = BenchSupport.loadAverage();
        QueryData data = QueryData.of(args, out);
        LocalDate first = data.from();
        LocalDate last = data.to();
        LocalDate saleStart = data.saleStart();
        LocalDate saleEnd = data.saleEnd();
        List<String> categories = data.categories();
        IntFunction<String> sku = data.sku();
        String plan = """
                {"sku": "%s", "quantity": 100, "unitCost": 4, "price": 10, "disposalFeePerUnit": 1,
                 "holdingCostPerUnitDay": 0.01, "budget": 150, "channels": [
                 {"id": "cut-30", "kind": "price-cut", "price": 7, "expectedOrdersPerDay": 5, "conversionRate": 0.06},
                 {"id": "ads:spring", "kind": "onsite-ads", "adSpendPerDay": 30, "expectedOrdersPerDay": 10, "conversionRate": 0.05},
                 {"id": "liquidator", "kind": "liquidation", "recoveryRate": 0.1, "commissionRate": 0.15, "feePerOrder": 0.3,
                  "expectedOrdersPerDay": 100, "conversionRate": 1}]}""";
        List<Endpoint> endpoints = List.of(
                new Endpoint("metrics GET /v1/categories/explosion", i -> get(metrics + "/v1/categories/explosion?start="
                        + saleStart + "&end=" + saleEnd + "&top=10")),
                new Endpoint("metrics GET /v1/indices/new-customer", i -> get(metrics + "/v1/indices/new-customer?year=" + data.year())),
                new Endpoint("metrics GET /v1/indices/cross-category", i -> get(metrics + "/v1/indices/cross-category"
                        + data.crossCategoryWindow())),
                new Endpoint("metrics GET /v1/trends", i -> get(metrics + "/v1/trends?category=" + categories.get(i % categories.size())
                        + "&from=" + first + "&to=" + last)),
                new Endpoint("metrics GET /v1/concentration", i -> get(metrics + "/v1/concentration?from=" + saleStart + "&to=" + saleEnd)),
                new Endpoint("metrics GET /v1/alerts", i -> get(metrics + "/v1/alerts?state=firing")),
                new Endpoint("matrix GET /v1/promotions", i -> get(matrix + "/v1/promotions")),
                new Endpoint("matrix GET /v1/promotions/{id}/categories", i -> get(matrix + "/v1/promotions/" + PROMOTION + "/categories")),
                new Endpoint("matrix GET /v1/promotions/{id}/matrix?category=", i -> get(matrix + "/v1/promotions/" + PROMOTION
                        + "/matrix?category=" + categories.get(i % categories.size()))),
                new Endpoint("matrix GET /v1/promotions/{id}/matrix/health", i -> get(matrix + "/v1/promotions/" + PROMOTION + "/matrix/health")),
                new Endpoint("matrix GET /v1/products/{sku}/role", i -> get(matrix + "/v1/products/" + sku.apply(i) + "/role?promotion=" + PROMOTION)),
                new Endpoint("matrix GET /v1/products/{sku}/bought-together", i -> get(matrix + "/v1/products/" + sku.apply(i) + "/bought-together")),
                new Endpoint("clearance POST /v1/clearance/plans", i -> HttpRequest.newBuilder(URI.create(clearance + "/v1/clearance/plans"))
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(plan.formatted(sku.apply(i)))).build()),
                new Endpoint("clearance GET /v1/clearance/skus", i -> get(clearance + "/v1/clearance/skus")),
                new Endpoint("clearance GET /v1/clearance/skus/{sku}/channels", i -> get(clearance + "/v1/clearance/skus/"
                        + sku.apply(i) + "/channels")),
                new Endpoint("clearance GET /v1/alerts", i -> get(clearance + "/v1/alerts?state=firing")));

        ServingCpu cpu = ServingCpu.of(args, out);
        int singleRequests = args.getInt("single-requests", SINGLE_CLIENT_REQUESTS);
        int singleSeconds = args.getInt("single-seconds", Math.max(1, seconds / SINGLE_CLIENT_BUDGET_DIVISOR));
        System.out.printf("  single client: each endpoint alone, up to %d requests or %d s%n", singleRequests, singleSeconds);
        List<Map<String, Object>> singleRows = singleClientPass(endpoints, singleRequests, singleSeconds, cpu);

        Map<String, Tally> tallies = new ConcurrentHashMap<>();
        endpoints.forEach(e -> tallies.put(e.name(), new Tally()));
        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(warmup);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong total = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                HttpClient http = BenchSupport.http();
                for (int i = client; System.nanoTime() < end; i++) {
                    Endpoint endpoint = endpoints.get(i % endpoints.size());
                    Call call = call(http, endpoint, i / endpoints.size());
                    long done = System.nanoTime();
                    if (done >= measureFrom && done <= end) { // answered inside the window
                        tallies.get(endpoint.name()).add(call);
                        total.incrementAndGet();
                    }
                }
            }, "query-client-" + c);
            thread.start();
            threads.add(thread);
        }
        Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(measureFrom - System.nanoTime())));
        double cpuAtMeasureStart = cpu.seconds();
        for (Thread thread : threads) {
            thread.join();
        }
        double cpuAtMeasureEnd = cpu.seconds();
        List<Map<String, Object>> rows = new ArrayList<>();
        double worstP99 = 0;
        System.out.printf("  %d clients:%n", clients);
        for (Endpoint endpoint : endpoints) {
            Map<String, Object> row = tallies.get(endpoint.name()).row(endpoint.name());
            Object p99 = row.get("p99Ms");
            if (p99 instanceof Double value) {
                worstP99 = Math.max(worstP99, value);
            }
            rows.add(row);
            print(row);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("scenario", "queries");
        result.put("loadAverageAtStart", loadAtStart);
        result.put("clients", clients);
        result.put("warmupSeconds", warmup);
        result.put("measuredSeconds", seconds);
        result.put("requests", total.get());
        result.put("requestsPerSec", BenchSupport.round1(total.get() / (double) seconds));
        result.put("worstP99Ms", worstP99);
        result.put("cpuMsPerRequest", ServingCpu.msPerRequest(cpuAtMeasureStart, cpuAtMeasureEnd, total.get()));
        result.put("endpoints", rows);
        Map<String, Object> single = new LinkedHashMap<>();
        single.put("method", "each endpoint alone, one client, sequentially, after one request timed apart (first ms): up to "
                + singleRequests + " requests or " + singleSeconds + " s, whichever comes first; CPU ms per request ="
                + " CPU of metrics-, matrix-, clearance-service and PostgreSQL over the endpoint's requests");
        single.put("endpoints", singleRows);
        result.put("singleClient", single);
        Json prepared = BenchSupport.readResult(BenchSupport.work(args, out), "queries-prepare");
        if (prepared != null) {
            result.put("data", prepared);
        }
        result.put("dataSet", data.label());
        result.put("method", clients + " clients (after the single-client pass), each calling the endpoints in turn (parameters rotating over the "
                + categories.size() + " categories and the SKUs), latency from request to the last byte of the answer");
        result.put("target", Map.of("p99Ms", 50));
        result.put("loadAverageAtEnd", BenchSupport.loadAverage());
        BenchSupport.writeResult(out, "queries", result);
    }

    /** Each endpoint alone: one untimed request, then up to {@code requests} in turn within {@code seconds}. */
    private static List<Map<String, Object>> singleClientPass(List<Endpoint> endpoints, int requests, int seconds,
                                                              ServingCpu cpu) {
        HttpClient http = BenchSupport.http();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            // not timed with the others: connection, JIT and first-use costs, or a reused answer's first computation
            Call first = call(http, endpoint, 0);
            Tally tally = new Tally();
            double cpuBefore = cpu.seconds();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            int sent = 0;
            while (sent < requests && (sent == 0 || System.nanoTime() < deadline)) {
                tally.add(call(http, endpoint, ++sent));
            }
            Map<String, Object> row = tally.row(endpoint.name());
            row.put("cpuMsPerRequest", ServingCpu.msPerRequest(cpuBefore, cpu.seconds(), sent));
            row.put("firstMs", Latencies.round(first.nanos() / 1e6));
            rows.add(row);
            print(row);
        }
        return rows;
    }

    private static Call call(HttpClient http, Endpoint endpoint, int parameter) {
        long sent = System.nanoTime();
        try {
            HttpResponse<byte[]> answer = http.send(endpoint.request().apply(parameter), HttpResponse.BodyHandlers.ofByteArray());
            return new Call(answer.statusCode(), answer.body().length, System.nanoTime() - sent);
        } catch (Exception e) {
            return new Call(-1, 0, System.nanoTime() - sent);
        }
    }

    private static void print(Map<String, Object> row) {
        System.out.printf("  %-55s n=%6s p50 %8s ms p99 %8s ms%s%s %s%n", row.get("endpoint"), row.get("count"), row.get("p50Ms"),
                row.get("p99Ms"), row.containsKey("cpuMsPerRequest") ? " cpu " + row.get("cpuMsPerRequest") + " ms/request" : "",
                row.containsKey("firstMs") ? " first " + row.get("firstMs") + " ms" : "", row.get("statuses"));
    }

    /** The single-client table of BENCHMARKS.md's queries section; empty for results written before it existed. */
    static String singleClientMarkdown(Json queries) {
        Json single = queries.path("singleClient");
        if (single.isMissing()) {
            return "";
        }
        StringBuilder md = new StringBuilder("\nSingle client, before the mix: ").append(single.path("method").asText())
                .append(".\n\n| endpoint | first ms | requests | p50 ms | p99 ms | max ms | CPU ms per request | statuses | mean bytes |\n")
                .append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Json row : single.path("endpoints")) {
            md.append(String.format(Locale.ROOT, "| `%s` | %s | %d | %s | %s | %s | %s | %s | %,d |%n", row.path("endpoint").asText(),
                    row.path("firstMs").asText("?"), row.path("count").asInt(), row.path("p50Ms").asText(), row.path("p99Ms").asText(),
                    row.path("maxMs").asText(),
                    row.path("cpuMsPerRequest").asText("?"), row.path("statuses").toString(), row.path("meanBytes").asLong()));
        }
        md.append(String.format(Locale.ROOT, "%nCPU of the services and PostgreSQL per request in the %s-client mix: %s ms.%n",
                queries.path("clients").asText(), queries.path("cpuMsPerRequest").asText("?")));
        return md.toString();
    }

    private static HttpRequest get(String url) {
        return BenchSupport.get(url);
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}

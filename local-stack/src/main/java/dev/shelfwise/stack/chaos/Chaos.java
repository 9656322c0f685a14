package dev.shelfwise.stack.chaos;

import dev.shelfwise.stack.bench.Args;
import dev.shelfwise.stack.bench.BenchSupport;
import dev.shelfwise.stack.bench.Json;
import dev.shelfwise.stack.bench.OrderGenerator;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The fault suites of {@code ./shelfwise chaos [--short]} (RELIABILITY.md): on a stack of its own that the script
 * started, each suite streams generated orders through order-ingest while it injects its faults through the script
 * (kill -9 a consumer, kill -9 order-ingest, stop the broker, stop PostgreSQL, write poison records), then the same
 * checks run: nothing acknowledged lost, nothing duplicated, no valid order dead-lettered, every figure equal to
 * its recomputation. Prints the table, writes results.json, exits 1 when any suite failed.
 *
 * <p>Options: {@code --mode short|full --script ./shelfwise --bootstrap host:port --ingest-url --metrics-url
 * --matrix-url --clearance-url --out results.json --control-log file [--seed n]}.
 */
public final class Chaos {
    private static final int INVENTORY_ON_HAND = 500;
    private static final int INVENTORY_AGE_DAYS = 40;
    private static final String STORAGE_FEE = "0.10";
    private static final String DISPOSAL_FEE = "0.50";

    private Chaos() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        ChaosPlan plan = ChaosPlan.of(args.get("mode", ChaosPlan.FULL));
        long seed = Long.parseLong(args.get("seed", String.valueOf(System.currentTimeMillis())));
        String runId = "K" + Long.toString(Math.abs(seed) % 1_000_000_000L, Character.MAX_RADIX);
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put(ChaosContext.INGEST, args.required("ingest-url"));
        urls.put(ChaosContext.METRICS, args.required("metrics-url"));
        urls.put(ChaosContext.MATRIX, args.required("matrix-url"));
        urls.put(ChaosContext.CLEARANCE, args.required("clearance-url"));
        String bootstrap = args.required("bootstrap");
        Path out = Path.of(args.required("out"));
        StackControl control = new StackControl(Path.of(args.required("script")), Path.of(args.required("control-log")));
        Runtime.getRuntime().addShutdownHook(new Thread(control::abort));

        LocalDate firstDay = LocalDate.now(ZoneOffset.UTC).minusDays(plan.days() - 1L);
        OrderGenerator shop = new OrderGenerator(seed, plan.skus(), plan.customers(), firstDay, plan.days(), 1, "");
        List<String> skus = new ArrayList<>();
        for (int sku = 0; sku < shop.skuCount(); sku++) {
            skus.add(shop.skuId(sku));
        }
        OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        long startedNanos = System.nanoTime();
        String loadAtStart = BenchSupport.loadAverage();
        List<SuiteResult> results = new ArrayList<>();
        try (ConsumerGroups groups = new ConsumerGroups(bootstrap)) {
            ChaosContext context = new ChaosContext(plan, control, new OrderFeed(urls.get(ChaosContext.INGEST), plan,
                    firstDay, seed, runId), groups, urls, bootstrap, runId, new Random(seed));
            context.say("chaos run " + runId + " (" + plan.mode() + ", seed " + seed + "): " + skus.size() + " SKUs, orders "
                    + firstDay + " to " + firstDay.plusDays(plan.days() - 1L) + ", load " + loadAtStart);
            stockEverySku(context, shop, skus);
            Verification verification = new Verification(context, OrderGenerator.CATEGORIES, skus);
            for (Suite suite : List.of(new ConsumerCrashSuite(), new IngestCrashSuite(), new BrokerRestartSuite(),
                    new DatabaseRestartSuite(), new PoisonSuite())) {
                context.say("== " + suite.name());
                long suiteStart = System.nanoTime();
                Suite.Outcome outcome;
                try {
                    outcome = suite.run(context);
                } catch (RuntimeException e) {
                    // the stack may still be able to say what became of the orders: check anyway
                    outcome = new Suite.Outcome(List.of(), List.of(), List.of(), List.of("the suite broke off: " + e.getMessage()));
                }
                SuiteResult result = verification.verify(suite.name(), outcome, suiteStart);
                context.say(suite.name() + ": " + (result.passed() ? "PASS" : "FAIL") + " (" + result.seconds() + " s)");
                results.add(result);
                write(out, plan, seed, runId, started, loadAtStart, startedNanos, results);
            }
        }
        System.out.println();
        System.out.print(ChaosReport.table(results));
        System.out.println();
        System.out.print(ChaosReport.details(results));
        System.out.println("results: " + out + " (" + ChaosContext.seconds(System.nanoTime() - startedNanos) + " s)");
        if (!results.stream().allMatch(SuiteResult::passed)) {
            System.exit(1);
        }
    }

    /** An inventory snapshot of every SKU, so clearance-service knows them all and serves their channels. */
    private static void stockEverySku(ChaosContext context, OrderGenerator shop, List<String> skus) throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        List<String> items = new ArrayList<>();
        for (int sku = 0; sku < skus.size(); sku++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("sku", skus.get(sku));
            item.put("at", now.toString());
            item.put("onHand", INVENTORY_ON_HAND);
            item.put("inbound", 0);
            item.put("unitCost", BigDecimal.valueOf(shop.unitCostCents(sku), 2));
            item.put("receivedAt", now.minusDays(INVENTORY_AGE_DAYS).toString());
            item.put("storageFeePerUnitMonth", new BigDecimal(STORAGE_FEE));
            item.put("disposalFeePerUnit", new BigDecimal(DISPOSAL_FEE));
            items.add(Json.write(item, false));
        }
        BenchSupport.postAll(BenchSupport.http(), context.url(ChaosContext.INGEST) + "/v1/inventory", BenchSupport.jsonArray(items));
        Duration caughtUp = context.groups().awaitCaughtUp(Map.of(ChaosContext.CLEARANCE, List.of("inventory.v1"),
                ChaosContext.MATRIX, List.of("inventory.v1")), context.plan().catchUp());
        if (caughtUp == null) {
            throw new IllegalStateException("clearance-service did not consume the inventory snapshots");
        }
        context.say("inventory of " + skus.size() + " SKUs posted and consumed");
    }

    private static void write(Path out, ChaosPlan plan, long seed, String runId, OffsetDateTime started, String loadAtStart,
                              long startedNanos, List<SuiteResult> results) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scenario", "chaos");
        json.put("mode", plan.mode());
        json.put("date", started.toString());
        json.put("runId", runId);
        json.put("seed", seed);
        json.put("cores", Runtime.getRuntime().availableProcessors());
        json.put("loadAverageAtStart", loadAtStart);
        json.put("loadAverageAtEnd", BenchSupport.loadAverage());
        json.put("seconds", ChaosContext.seconds(System.nanoTime() - startedNanos));
        json.put("passed", !results.isEmpty() && results.stream().allMatch(SuiteResult::passed));
        json.put("plan", plan.toString());
        json.put("suites", results.stream().map(SuiteResult::toJson).toList());
        json.put("table", ChaosReport.table(results).lines().toList());
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, Json.write(json, true) + "\n");
    }
}

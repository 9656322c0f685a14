package dev.shelfwise.stack.bench;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes BENCHMARKS.md from the results files: the machine, a summary against DESIGN.md §9's targets and one
 * section per scenario; the hand-written notes of {@code bench/NOTES.md} (method, profiling, improvements) follow.
 */
final class Report {
    private Report() {
    }

    static void write(Args args) throws IOException {
        Path out = Path.of(args.required("out"));
        Path markdown = Path.of(args.required("markdown"));
        Path notes = Path.of(args.get("notes", "bench/NOTES.md"));
        Json meta = BenchSupport.readResult(out, "meta");
        Json ingest = BenchSupport.readResult(out, "ingest");
        Json freshness = BenchSupport.readResult(out, "freshness");
        Json replay = BenchSupport.readResult(out, "replay");
        Json queries = BenchSupport.readResult(out, "queries");
        Json footprint = BenchSupport.readResult(out, "footprint");
        StringBuilder md = new StringBuilder();
        md.append("# Shelfwise benchmarks\n\n");
        md.append("Written by `./shelfwise bench` (mode `").append(text(meta, "mode")).append("`) on ").append(text(meta, "date"))
                .append(" from `bench/results/*.json`; the notes at the end are `bench/NOTES.md`. Targets: `../shared/DESIGN.md` §9.\n")
                .append("Every figure is what this run measured, met or not.\n\n");

        md.append("## Machine\n\n| cores | CPU | memory | Java | Kafka | Quarkus | PostgreSQL | load average (1, 5, 15 min) at start |\n")
                .append("| --- | --- | --- | --- | --- | --- | --- | --- |\n")
                .append(String.format("| %s | %s | %s GiB | %s | %s | %s | %s | %s |%n%n", text(meta, "cores"), text(meta, "cpu"),
                        text(meta, "memoryGiB"), text(meta, "java"), text(meta, "kafka"), text(meta, "quarkus"),
                        text(meta, "postgresql"), load(text(meta, "loadAverageAtStart"))));
        md.append("Before the run: ").append(text(meta, "loadWaitedFor")).append(". Services run as `./shelfwise up` runs them (")
                .append(text(meta, "serviceJvm")).append("), all on this one machine with the load generator.\n\n");

        md.append("## Summary\n\n| scenario | measured | target | met |\n| --- | --- | --- | --- |\n");
        if (ingest != null) {
            double best = ingest.path("bestHttpOrdersPerSec").asDouble();
            double ratio = ingest.path("bestRatio").asDouble();
            md.append(String.format(Locale.ROOT, "| 1. ingest | %,.0f orders/s through `POST /v1/orders` (best batch size); Kafka's ProducerPerformance %,.0f records/s; ratio **%.2f** | ≥ 50,000 orders/s and ratio ≥ 0.5 | %s |%n",
                    best, ingest.path("kafkaProducerPerformance").path("recordsPerSec").asDouble(), ratio,
                    yesNo(best >= 50_000 && ratio >= 0.5)));
        }
        if (freshness != null) {
            Json lag = freshness.path("endToEndLag");
            md.append(String.format(Locale.ROOT, "| 2. freshness | lag p50 %s ms, p99 **%s ms** at %,.0f orders/s (target rate %,d%s) | p99 ≤ 1,000 ms at 10,000 orders/s | %s |%n",
                    lag.path("p50Ms").asText(), lag.path("p99Ms").asText(), freshness.path("achievedOrdersPerSec").asDouble(),
                    freshness.path("targetOrdersPerSec").asInt(), freshness.path("sustainedTarget").asBoolean() ? ", sustained" : ", NOT sustained",
                    yesNo(!lag.path("p99Ms").isNull() && lag.path("p99Ms").asDouble() <= 1000 && freshness.path("achievedOrdersPerSec").asDouble() >= 9_500
                            && freshness.path("markerTimeouts30s").asInt() == 0)));
        }
        if (replay != null && replay.has("catchUp")) {
            Json c = replay.path("catchUp");
            md.append(String.format(Locale.ROOT, "| 3. replay | **%,.0f orders/s** (%,d orders, caught up: %s) | ≥ 50,000 orders/s | %s |%n",
                    c.path("ordersPerSecFromReady").asDouble(), c.path("ordersToProcess").asLong(), c.path("caughtUp").asBoolean() ? "yes" : "NO",
                    yesNo(c.path("ordersPerSecFromReady").asDouble() >= 50_000 && c.path("caughtUp").asBoolean())));
        }
        if (queries != null) {
            md.append(String.format(Locale.ROOT, "| 4. queries | worst endpoint p99 **%s ms** (16 clients, %s requests/s overall) | p99 ≤ 50 ms | %s |%n",
                    queries.path("worstP99Ms").asText(), queries.path("requestsPerSec").asText(), yesNo(queries.path("worstP99Ms").asDouble() <= 50)));
        }
        if (footprint != null) {
            long worst = 0;
            String worstName = "";
            for (Json p : footprint.path("processes")) {
                if (!p.path("withinTarget").isNull() && p.path("peakRssMiB").asLong() > worst) {
                    worst = p.path("peakRssMiB").asLong();
                    worstName = p.path("process").asText();
                }
            }
            md.append(String.format(Locale.ROOT, "| 5. footprint | largest service peak RSS **%d MiB** (%s) | ≤ 300 MB per service | %s |%n",
                    worst, worstName, yesNo(worst * 1.048576 <= 300)));
        }
        md.append('\n');

        if (ingest != null) {
            Json perf = ingest.path("kafkaProducerPerformance");
            md.append("## 1. Ingest ratio\n\n(a) Kafka's own tool, same broker, topic `").append(perf.path("topic").asText()).append("` with ")
                    .append(perf.path("partitions").asText()).append(" partitions like `orders.v1`: ").append(perf.path("payload").asText())
                    .append(".\n\n```\n").append(perf.path("command").asText()).append("\n").append(perf.path("summary").asText(perf.path("error").asText()))
                    .append("\n```\n\n(b) the load generator through `POST /v1/orders` (orders of ~")
                    .append(ingest.path("meanOrderBytesOverHttp").asText()).append(" bytes of JSON, 1–5 lines):\n\n")
                    .append("| batch size | clients | measured s | orders/s | ratio to (a) | HTTP p50 ms | HTTP p99 ms | failed requests |\n")
                    .append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
            for (Json run : ingest.path("httpRuns")) {
                md.append(String.format(Locale.ROOT, "| %,d | %d | %d | %,.0f | %.3f | %s | %s | %d |%n", run.path("batchSize").asInt(),
                        run.path("clients").asInt(), run.path("measuredSeconds").asInt(), run.path("ordersPerSec").asDouble(),
                        run.path("ratioToKafkaTool").asDouble(), run.path("httpLatency").path("p50Ms").asText(),
                        run.path("httpLatency").path("p99Ms").asText(), run.path("failedRequests").asLong()));
            }
            md.append("\nOnly requests sent and answered inside the measured window count (after a ")
                    .append(ingest.path("httpRuns").path(0).path("warmupSeconds").asText())
                    .append(" s warm-up). metrics-, matrix- and clearance-service are not running during this scenario (the"
                            + " ingested orders are skipped by their consumer groups afterwards), as Kafka's tool runs alone too.\n\n");
        }
        if (freshness != null) {
            Json lag = freshness.path("endToEndLag");
            md.append("## 2. Freshness\n\n")
                    .append(String.format(Locale.ROOT, "Target rate %,d orders/s, achieved **%,.0f orders/s** over %d s (after %d s warm-up; batches of %d by %d clients; %s).%n%n",
                            freshness.path("targetOrdersPerSec").asInt(), freshness.path("achievedOrdersPerSec").asDouble(),
                            freshness.path("measuredSeconds").asInt(), freshness.path("warmupSeconds").asInt(), freshness.path("batchSize").asInt(),
                            freshness.path("clients").asInt(), freshness.path("sustainedTarget").asBoolean() ? "the target rate was sustained"
                                    : "the target rate was NOT sustained: this is the highest rate the machine reached with the whole stack on it"))
                    .append("| markers | p50 ms | p90 ms | p99 ms | max ms | not visible within 30 s | metrics-service consumer lag at the end |\n| --- | --- | --- | --- | --- | --- | --- |\n")
                    .append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %d | %,d records |%n%n", freshness.path("markers").asInt(),
                            lag.path("p50Ms").asText(), lag.path("p90Ms").asText(), lag.path("p99Ms").asText(), lag.path("maxMs").asText(),
                            freshness.path("markerTimeouts30s").asInt(), freshness.path("metricsConsumerLagAtEnd").asLong()))
                    .append("Method: ").append(freshness.path("method").asText()).append(". order-ingest and metrics-service run; matrix- and"
                            + " clearance-service do not (they consume one record per transaction and would compete for the same 2 cores).\n\n");
        }
        if (replay != null && replay.has("catchUp")) {
            Json c = replay.path("catchUp");
            md.append("## 3. Replay\n\n")
                    .append(String.format(Locale.ROOT, "%,d generated orders (%s to %s, %,d SKUs in %d categories, %,d customers, ~%s bytes each) written to"
                                    + " `orders.v1` by a producer in %s s (%,.0f/s).%n%n", replay.path("orders").asLong(), replay.path("firstDay").asText(),
                            replay.path("lastDay").asText(), replay.path("skus").asInt(), replay.path("categories").asInt(), replay.path("customers").asInt(),
                            replay.path("meanOrderBytes").asText(), replay.path("produceSeconds").asText(), replay.path("produceOrdersPerSec").asDouble()))
                    .append("| orders processed | ready after s | caught up after s | orders/s from ready | orders/s from launch | siteOrders served | match |\n| --- | --- | --- | --- | --- | --- | --- |\n")
                    .append(String.format(Locale.ROOT, "| %,d of %,d | %s | %s | **%,.0f** | %,.0f | %,d | %s |%n%n", c.path("ordersProcessed").asLong(),
                            c.path("ordersToProcess").asLong(), c.path("readyAfterSeconds").asText(), c.path("caughtUpAfterSeconds").asText("not caught up"),
                            c.path("ordersPerSecFromReady").asDouble(), c.path("ordersPerSecFromLaunch").asDouble(), c.path("siteOrdersServed").asLong(),
                            c.path("siteOrdersMatch").asBoolean() ? "yes" : "NO"))
                    .append("Method: ").append(c.path("method").asText()).append(".\n\n");
        }
        if (queries != null) {
            md.append("## 4. Queries\n\n").append(queries.path("method").asText()).append(String.format(Locale.ROOT,
                            "; %d s measured after %d s warm-up, on the replayed year.%n%n", queries.path("measuredSeconds").asInt(),
                            queries.path("warmupSeconds").asInt()))
                    .append("| endpoint | requests | p50 ms | p99 ms | max ms | statuses | mean bytes |\n| --- | --- | --- | --- | --- | --- | --- |\n");
            for (Json row : queries.path("endpoints")) {
                md.append(String.format(Locale.ROOT, "| `%s` | %d | %s | %s | %s | %s | %,d |%n", row.path("endpoint").asText(), row.path("count").asInt(),
                        row.path("p50Ms").asText(), row.path("p99Ms").asText(), row.path("maxMs").asText(), row.path("statuses").toString(),
                        row.path("meanBytes").asLong()));
            }
            Json data = queries.path("data");
            if (!data.isMissing()) {
                md.append(String.format(Locale.ROOT, "%nData besides the replayed orders (posted through order-ingest before the run): a catalog of"
                                + " %,d SKUs, as many inventory snapshots, %,d traffic and %,d ad-spend records, one promotion over the sale days."
                                + " matrix- and clearance-service skip the replayed orders themselves (their groups start at the end of"
                                + " `orders.v1`), so bought-together pairs and measured clearance CPAs are empty; their figures come from"
                                + " the product and category stats metrics-service published for the year.%n%n",
                        data.path("catalogSkus").asInt(), data.path("trafficRecords").asInt(), data.path("adSpendRecords").asInt()));
            }
        }
        if (footprint != null) {
            md.append("## 5. Footprint\n\n| process | peak RSS MiB (sampled) | VmHWM MiB | peak by phase (MiB) | ≤ 300 MB |\n| --- | --- | --- | --- | --- |\n");
            for (Json p : footprint.path("processes")) {
                md.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s |%n", p.path("process").asText(), p.path("peakRssMiB").asLong(),
                        p.path("peakHwmMiB").asLong(), p.path("peakRssMiBByPhase").toString().replace("\"", "").replace(",", ", "),
                        p.path("withinTarget").isNull() ? "–" : yesNo(p.path("withinTarget").asBoolean())));
            }
            md.append("\n").append(footprint.path("method").asText()).append(".\n\n");
        }
        if (Files.exists(notes)) {
            md.append(Files.readString(notes));
        }
        Files.writeString(markdown, md);
        System.out.println("  wrote " + markdown);
    }

    private static String text(Json node, String field) {
        return node == null ? "?" : node.path(field).asText("?");
    }

    private static String load(String loadavg) {
        String[] f = loadavg.split("\\s+");
        return f.length >= 3 ? f[0] + ", " + f[1] + ", " + f[2] : loadavg;
    }

    private static String yesNo(boolean met) {
        return met ? "yes" : "**no**";
    }
}

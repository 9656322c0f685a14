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
        Json tpcds = BenchSupport.readResult(out, TpcdsReplay.RESULT);
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
        md.append("Before the run: ").append(text(meta, "loadWaitedFor")).append(". The load average at the start of each scenario is in")
                .append(" its results file. Everything runs on this one machine, started as `./shelfwise up` starts it (")
                .append(text(meta, "serviceJvm")).append("), on a stack of its own (").append(text(meta, "ports")).append(").\n\n");

        md.append("## Summary\n\n| scenario | measured | target | met |\n| --- | --- | --- | --- |\n");
        if (ingest != null) {
            double best = ingest.path("bestHttpOrdersPerSec").asDouble();
            double ratio = ingest.path("bestRatio").asDouble();
            md.append(String.format(Locale.ROOT, "| 1. ingest | %,.0f orders/s through `POST /v1/orders` (best batch size); Kafka's ProducerPerformance %,.0f records/s; ratio **%.2f** | ≥ 50,000 orders/s and ratio ≥ 0.5 | %s |%n",
                    best, ingest.path("kafkaProducerPerformance").path("recordsPerSec").asDouble(), ratio,
                    yesNo(best >= 50_000 && ratio >= 0.5)));
        }
        if (freshness != null) {
            for (Json run : freshness.path("runs")) {
                Json lag = run.path("endToEndLag");
                boolean sustained = run.path("sustainedTarget").asBoolean();
                md.append(String.format(Locale.ROOT, "| 2. freshness at %,d orders/s | lag p50 %s ms, p99 **%s ms** (%,.0f orders/s ingested%s; %d of %d markers not visible within 30 s; metrics-service lag at the end %,d orders) | p99 ≤ 1,000 ms at 10,000 orders/s | %s |%n",
                        run.path("targetOrdersPerSec").asInt(), lag.path("p50Ms").asText(), lag.path("p99Ms").asText(),
                        run.path("achievedOrdersPerSec").asDouble(), sustained ? "" : ", target rate NOT reached",
                        run.path("markerTimeouts30s").asInt(), run.path("markers").asInt(), run.path("metricsConsumerLagAtEnd").asLong(),
                        yesNo(lag.path("p99Ms").asDouble() <= 1000 && run.path("achievedOrdersPerSec").asDouble() >= 9_500
                                && run.path("markerTimeouts30s").asInt() == 0 && run.path("markers").asInt() > 0)));
            }
        }
        if (replay != null && replay.has("catchUp")) {
            Json c = replay.path("catchUp");
            md.append(String.format(Locale.ROOT, "| 3. replay | **%,.0f orders/s** (%,d orders, caught up: %s) | ≥ 50,000 orders/s | %s |%n",
                    c.path("ordersPerSecFromReady").asDouble(), c.path("ordersToProcess").asLong(), c.path("caughtUp").asBoolean() ? "yes" : "NO",
                    yesNo(c.path("ordersPerSecFromReady").asDouble() >= 50_000 && c.path("caughtUp").asBoolean())));
        }
        if (tpcds != null && tpcds.has("catchUp")) {
            Json c = tpcds.path("catchUp");
            md.append(String.format(Locale.ROOT, "| 3b. replay, TPC-DS web channel (scale %s) | **%,.0f orders/s** (%,d orders, %,d refunds, caught up: %s) | ≥ 50,000 orders/s | %s |%n",
                    tpcds.path("scale").asText(), c.path("ordersPerSecFromReady").asDouble(), c.path("ordersToProcess").asLong(),
                    c.path("refundsToProcess").asLong(), c.path("caughtUp").asBoolean() ? "yes" : "NO",
                    yesNo(c.path("ordersPerSecFromReady").asDouble() >= 50_000 && c.path("caughtUp").asBoolean())));
        }
        if (queries != null) {
            md.append(String.format(Locale.ROOT, "| 4. queries (%s) |", queries.path("dataSet").asText("synthetic year")));
            md.append(String.format(Locale.ROOT, " worst endpoint p99 **%s ms** (16 clients, %s requests/s overall) | p99 ≤ 50 ms | %s |%n",
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
            md.append(String.format(Locale.ROOT, "%nCPU seconds per 1,000 orders (from /proc): Kafka's tool %s (tool + broker)",
                    perf.path("cpuSecondsPer1000Records").asText("?")));
            for (Json run : ingest.path("httpRuns")) {
                Json cpu = run.path("cpuSecondsInWindow");
                md.append(String.format(Locale.ROOT, "; HTTP batch %,d: %s (order-ingest + broker; in the window order-ingest %s s, broker %s s,"
                                + " load generator %s s)", run.path("batchSize").asInt(), cpu.path("orderIngestPlusBrokerPer1000Orders").asText("?"),
                        cpu.path("orderIngest").asText(), cpu.path("broker").asText(), cpu.path("loadGenerator").asText()));
            }
            md.append(".\n");
            md.append("\nOrders answered inside the measured window count (after a ")
                    .append(ingest.path("httpRuns").path(0).path("warmupSeconds").asText())
                    .append(" s warm-up); request bodies are generated before the clock starts. metrics-, matrix- and clearance-service are not running during this scenario (the"
                            + " ingested orders are skipped by their consumer groups afterwards), as Kafka's tool runs alone too.\n\n");
        }
        if (freshness != null) {
            md.append("## 2. Freshness\n\nLive orders (placed now) through order-ingest at a fixed rate, on top of the replayed year."
                            + " The first run is at half the rate metrics-service reached in the replay (meant as a rate it keeps up with"
                            + " while order-ingest and the load generator share the machine: the lag at the end says whether it did),"
                            + " the second at DESIGN.md's 10,000 orders/s.\n\n")
                    .append("| target orders/s | achieved orders/s | batches × clients | markers | lag p50 ms | p90 ms | p99 ms | max ms | not visible in 30 s | metrics-service lag at the end |\n")
                    .append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
            for (Json run : freshness.path("runs")) {
                Json lag = run.path("endToEndLag");
                md.append(String.format(Locale.ROOT, "| %,d | %,.0f%s | %d × %d | %d | %s | %s | %s | %s | %d | %,d orders |%n",
                        run.path("targetOrdersPerSec").asInt(), run.path("achievedOrdersPerSec").asDouble(),
                        run.path("sustainedTarget").asBoolean() ? "" : " (not reached)", run.path("batchSize").asInt(), run.path("clients").asInt(),
                        run.path("markers").asInt(), lag.path("p50Ms").asText(), lag.path("p90Ms").asText(), lag.path("p99Ms").asText(),
                        lag.path("maxMs").asText(), run.path("markerTimeouts30s").asInt(), run.path("metricsConsumerLagAtEnd").asLong()));
            }
            md.append("\nMethod: ").append(freshness.path("method").asText()).append(". Each run: ")
                    .append(freshness.path("runs").path(0).path("warmupSeconds").asText()).append(" s warm-up, ")
                    .append(freshness.path("runs").path(0).path("measuredSeconds").asText())
                    .append(" s measured. order-ingest and metrics-service run; matrix- and clearance-service are stopped for this"
                            + " scenario (they consume one record per transaction and would compete for the same 2 cores).\n\n");
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
                    .append(String.format(Locale.ROOT, "CPU while catching up (from ready): metrics-service %s s, PostgreSQL %s s, i.e. %s CPU seconds per 1,000 orders.%n%n",
                            c.path("metricsServiceCpuSeconds").asText("?"), c.path("postgresCpuSeconds").asText("?"), c.path("cpuSecondsPer1000Orders").asText("?")))
                    .append("Method: ").append(c.path("method").asText()).append(".\n\n");
        }
        if (tpcds != null && tpcds.has("catchUp")) {
            Json c = tpcds.path("catchUp");
            md.append("## 3b. Replay of the TPC-DS web channel\n\n")
                    .append(String.format(Locale.ROOT, "TPC-DS scale %s (`io.trino.tpcds`), mapped as `./shelfwise import tpcds` maps it (README, Connect your shop):"
                                    + " %,d orders of %,d lines and %,d refunds (%,d SKUs, %s to %s, dates moved %s years later), generated, mapped and written to"
                                    + " `orders.v1` / `refunds.v1` by a producer in %s s. Rows skipped (a null where the contract needs a value): %s.%n%n",
                            tpcds.path("scale").asText(), tpcds.path("orders").asLong(), tpcds.path("lines").asLong(), tpcds.path("refunds").asLong(),
                            tpcds.path("skus").asInt(), tpcds.path("firstDay").asText(), tpcds.path("lastDay").asText(), tpcds.path("yearsLater").asText(),
                            tpcds.path("generateAndProduceSeconds").asText(), tpcds.path("skippedRows").toString()))
                    .append("| orders processed | refunds processed | ready after s | caught up after s | orders/s from ready | orders/s from launch | siteOrders served | match |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n")
                    .append(String.format(Locale.ROOT, "| %,d of %,d | %,d of %,d | %s | %s | **%,.0f** | %,.0f | %,d | %s |%n%n", c.path("ordersProcessed").asLong(),
                            c.path("ordersToProcess").asLong(), c.path("refundsProcessed").asLong(), c.path("refundsToProcess").asLong(),
                            c.path("readyAfterSeconds").asText(), c.path("caughtUpAfterSeconds").asText("not caught up"),
                            c.path("ordersPerSecFromReady").asDouble(), c.path("ordersPerSecFromLaunch").asDouble(), c.path("siteOrdersServed").asLong(),
                            c.path("siteOrdersMatch").asBoolean() ? "yes" : "NO"))
                    .append(String.format(Locale.ROOT, "CPU while catching up (from ready): metrics-service %s s, PostgreSQL %s s, i.e. %s CPU seconds per 1,000 orders"
                                    + " (an order here has %.1f lines on average).%n%n", c.path("metricsServiceCpuSeconds").asText("?"),
                            c.path("postgresCpuSeconds").asText("?"), c.path("cpuSecondsPer1000Orders").asText("?"),
                            tpcds.path("lines").asDouble() / Math.max(1, tpcds.path("orders").asLong())))
                    .append("Method: as the synthetic replay, on a database dropped again before it; refunds are read on the same channel and count in the catch-up.\n\n");
        }
        if (queries != null) {
            md.append("## 4. Queries\n\n").append(queries.path("method").asText()).append(String.format(Locale.ROOT,
                            "; %d s measured after %d s warm-up, on the replayed data: %s.%n%n", queries.path("measuredSeconds").asInt(),
                            queries.path("warmupSeconds").asInt(), queries.path("dataSet").asText("the synthetic year")))
                    .append("| endpoint | requests | p50 ms | p99 ms | max ms | statuses | mean bytes |\n| --- | --- | --- | --- | --- | --- | --- |\n");
            for (Json row : queries.path("endpoints")) {
                md.append(String.format(Locale.ROOT, "| `%s` | %d | %s | %s | %s | %s | %,d |%n", row.path("endpoint").asText(), row.path("count").asInt(),
                        row.path("p50Ms").asText(), row.path("p99Ms").asText(), row.path("maxMs").asText(), row.path("statuses").toString(),
                        row.path("meanBytes").asLong()));
            }
            md.append(QueryScenario.singleClientMarkdown(queries));
            Json data = queries.path("data");
            if (!data.isMissing()) {
                md.append(String.format(Locale.ROOT, "%nData besides the replayed orders (posted through order-ingest before the run): a catalog of"
                                + " %,d SKUs, %,d inventory snapshots, %,d traffic and %,d ad-spend records, one promotion over the sale days%s."
                                + " matrix- and clearance-service skip the replayed orders themselves (their groups start at the end of"
                                + " `orders.v1`), so bought-together pairs and measured clearance CPAs are empty; their figures come from"
                                + " the product and category stats metrics-service published for the year.%n%n",
                        data.path("catalogSkus").asInt(), data.path("inventorySnapshots").asInt(), data.path("trafficRecords").asInt(),
                        data.path("adSpendRecords").asInt(), data.path("dataSet").asText("").equals("tpcds")
                                ? " (the window of TPC-DS's most-used promotion, " + data.path("saleStart").asText() + " to "
                                + data.path("saleEnd").asText() + "; TPC-DS has no page views or ad spend)" : ""));
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

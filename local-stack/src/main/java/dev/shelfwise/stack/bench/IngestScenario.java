package dev.shelfwise.stack.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scenario 1, ingest ratio: (a) Kafka's own {@code ProducerPerformance} on a bench topic with the partitions of
 * orders.v1, the generated orders as payload (same records, same size) and order-ingest's producer settings
 * (acks=all, idempotent, linger 5 ms, 64 KiB batches, lz4); then (b) generated orders through
 * {@code POST /v1/orders} by several concurrent HTTP clients, for each batch size a warm-up and a fixed measured
 * window. Reports orders/s of each, the ratio b/a and the HTTP latency percentiles.
 */
final class IngestScenario {
    private static final Pattern PERF_SUMMARY = Pattern.compile("(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\),"
            + " ([\\d.]+) ms avg latency, ([\\d.]+) ms max latency, (\\d+) ms 50th, (\\d+) ms 95th, (\\d+) ms 99th, (\\d+) ms 99.9th");

    private IngestScenario() {
    }

    static void run(Args args) throws Exception {
        Path out = Path.of(args.required("out"));
        String bootstrap = args.required("bootstrap");
        String url = args.required("ingest-url") + "/v1/orders";
        int seconds = args.getInt("seconds", 30);
        int warmup = args.getInt("warmup", 5);
        int clients = args.getInt("clients", 8);
        long perfRecords = Long.parseLong(args.get("perf-records", "2000000"));
        String perfTopic = args.get("perf-topic", "bench-perf.v1");
        List<Integer> batches = args.list("batches").isEmpty() ? List.of(100, 1000)
                : args.list("batches").stream().map(Integer::parseInt).toList();
        long seed = Long.parseLong(args.get("seed", "42"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        OrderGenerator generator = new OrderGenerator(seed, args.getInt("skus", 10_000), args.getInt("customers", 200_000),
                today.minusDays(365), 365, 10_000_000L, "I" + System.currentTimeMillis() % 100_000_000 + "-");

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("scenario", "ingest");
        result.put("loadAverageAtStart", BenchSupport.loadAverage());

        // (a) Kafka's own producer perf tool, same broker, same partitions, the same order records as payload
        int partitions;
        try (Admin admin = BenchSupport.admin(bootstrap)) {
            partitions = BenchSupport.partitions(admin, List.of("orders.v1")).size();
            if (!admin.listTopics().names().get(15, TimeUnit.SECONDS).contains(perfTopic)) {
                admin.createTopics(List.of(new NewTopic(perfTopic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
        }
        Path payloads = BenchSupport.work(args, out).resolve("order-payloads.txt");
        Files.createDirectories(payloads.getParent());
        long payloadBytes = 0;
        int payloadCount = 20_000;
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < payloadCount; i++) {
            String json = generator.order(i, "demo", null).json();
            payloadBytes += json.getBytes(StandardCharsets.UTF_8).length;
            file.append(json).append('\n');
        }
        Files.writeString(payloads, file);
        double recordSize = (double) payloadBytes / payloadCount;
        List<String> producerProps = List.of("bootstrap.servers=" + bootstrap, "acks=all", "enable.idempotence=true",
                "linger.ms=5", "batch.size=65536", "compression.type=lz4");
        Path runDir = Path.of(args.get("run-dir", "."));
        long kafkaPid = CpuTime.pidFile(runDir.resolve("kafka.pid"));
        long ingestPid = CpuTime.pidFile(runDir.resolve("order-ingest.pid"));
        double kafkaCpuBefore = CpuTime.of(kafkaPid);
        Map<String, Object> perf = producerPerformance(perfTopic, perfRecords, payloads, producerProps);
        double kafkaCpu = CpuTime.of(kafkaPid) - kafkaCpuBefore;
        Object toolCpu = perf.get("toolCpuSeconds");
        if (toolCpu instanceof Double tool && !Double.isNaN(kafkaCpu) && perfRecords > 0) {
            perf.put("brokerCpuSeconds", BenchSupport.round1(kafkaCpu));
            perf.put("cpuSecondsPer1000Records", BenchSupport.round3((tool + kafkaCpu) * 1000 / perfRecords));
        }
        perf.put("topic", perfTopic);
        perf.put("partitions", partitions);
        perf.put("payload", payloadCount + " generated orders as on orders.v1 (platform included), mean "
                + BenchSupport.round1(recordSize) + " bytes; picked at random per record");
        perf.put("producerProps", producerProps);
        result.put("kafkaProducerPerformance", perf);
        double kafkaRate = ((Number) perf.getOrDefault("recordsPerSec", 0.0)).doubleValue();
        System.out.printf("  (a) ProducerPerformance: %.0f records/s (%s records of ~%.0f bytes)%n", kafkaRate, perfRecords, recordSize);

        // (b) the load generator through POST /v1/orders
        List<Map<String, Object>> http = new ArrayList<>();
        long offset = 0;
        for (int batch : batches) {
            Map<String, Object> run = httpRun(url, generator, offset, batch, clients, warmup, seconds,
                    args.getInt("distinct", 200_000), ingestPid, kafkaPid);
            offset += 1_000_000;
            double rate = ((Number) run.get("ordersPerSec")).doubleValue();
            run.put("ratioToKafkaTool", kafkaRate > 0 ? BenchSupport.round3(rate / kafkaRate) : null);
            http.add(run);
            @SuppressWarnings("unchecked")
            Map<String, Object> latency = (Map<String, Object>) run.get("httpLatency");
            System.out.printf("  (b) HTTP batch %5d x %d clients: %.0f orders/s (ratio %.3f), p50 %s ms, p99 %s ms%n",
                    batch, clients, rate, kafkaRate > 0 ? rate / kafkaRate : Double.NaN, latency.get("p50Ms"), latency.get("p99Ms"));
        }
        result.put("httpRuns", http);
        double best = http.stream().mapToDouble(r -> ((Number) r.get("ordersPerSec")).doubleValue()).max().orElse(0);
        result.put("bestHttpOrdersPerSec", BenchSupport.round1(best));
        result.put("bestRatio", kafkaRate > 0 ? BenchSupport.round3(best / kafkaRate) : null);
        result.put("meanOrderBytesOverHttp", BenchSupport.round1(meanHttpSize(generator)));
        result.put("meanRecordBytesOnTopic", BenchSupport.round1(recordSize));
        result.put("targets", Map.of("ratio", 0.5, "ordersPerSec", 50_000));
        result.put("loadAverageAtEnd", BenchSupport.loadAverage());
        BenchSupport.writeResult(out, "ingest", result);
    }

    private static double meanHttpSize(OrderGenerator generator) {
        long bytes = 0;
        for (int i = 0; i < 2000; i++) {
            bytes += generator.order(i, null, null).json().getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes / 2000.0;
    }

    static Map<String, Object> producerPerformance(String topic, long records, Path payloads, List<String> props)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.apache.kafka.tools.ProducerPerformance",
                "--topic", topic, "--num-records", String.valueOf(records), "--throughput", "-1",
                "--payload-file", payloads.toString(), "--producer-props"));
        command.addAll(props);
        Path log = payloads.resolveSibling("producer-performance.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long started = System.nanoTime();
        double toolCpu = Double.NaN;
        long until = started + TimeUnit.SECONDS.toNanos(300);
        while (process.isAlive() && System.nanoTime() < until) {
            double cpu = CpuTime.of(process.pid());
            toolCpu = Double.isNaN(cpu) ? toolCpu : cpu; // the last reading before it exits
            Thread.sleep(100);
        }
        boolean finished = process.waitFor(1, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        double wall = (System.nanoTime() - started) / 1e9;
        Map<String, Object> perf = new LinkedHashMap<>();
        perf.put("command", "java -cp \"$SHELFWISE_HOME/lib/*\" org.apache.kafka.tools.ProducerPerformance --topic " + topic
                + " --num-records " + records + " --throughput -1 --payload-file <generated orders> --producer-props "
                + String.join(" ", props));
        perf.put("wallSeconds", BenchSupport.round1(wall));
        perf.put("toolCpuSeconds", Double.isNaN(toolCpu) ? null : BenchSupport.round1(toolCpu));
        String output = Files.readString(log);
        String summary = null;
        for (String line : output.split("\n")) {
            if (PERF_SUMMARY.matcher(line).find()) {
                summary = line.trim(); // the last one is the final summary
            }
        }
        if (summary == null || !finished) {
            perf.put("error", finished ? "no summary line in the tool's output" : "did not finish within 300 s");
            perf.put("recordsPerSec", 0.0);
            System.err.println(output.substring(Math.max(0, output.length() - 2000)));
            return perf;
        }
        Matcher m = PERF_SUMMARY.matcher(summary);
        m.find();
        perf.put("summary", summary);
        perf.put("records", Long.parseLong(m.group(1)));
        perf.put("recordsPerSec", Double.parseDouble(m.group(2)));
        perf.put("mbPerSec", Double.parseDouble(m.group(3)));
        perf.put("avgLatencyMs", Double.parseDouble(m.group(4)));
        perf.put("p50Ms", Integer.parseInt(m.group(6)));
        perf.put("p99Ms", Integer.parseInt(m.group(8)));
        return perf;
    }

    /** Concurrent clients post pre-generated batches for warm-up + measured seconds. */
    static Map<String, Object> httpRun(String url, OrderGenerator generator, long firstOrder, int batch, int clients,
                                       int warmupSeconds, int seconds, int distinct, long ingestPid, long kafkaPid)
            throws InterruptedException {
        // bodies are generated before the clock starts, so generation does not compete with the service for CPU;
        // `distinct` orders are cycled: a repeat is a resubmission (same order id), the same work for order-ingest
        int distinctBatches = Math.max(clients * 2, distinct / batch);
        List<byte[]> bodies = new ArrayList<>(distinctBatches);
        for (int b = 0; b < distinctBatches; b++) {
            List<String> items = new ArrayList<>(batch);
            for (int i = 0; i < batch; i++) {
                items.add(generator.order(firstOrder + (long) b * batch + i, null, null).json());
            }
            bodies.add(BenchSupport.jsonArray(items));
        }
        AtomicLong next = new AtomicLong();
        AtomicLong accepted = new AtomicLong();
        AtomicLong requests = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        List<String> failureSamples = java.util.Collections.synchronizedList(new ArrayList<>());
        Latencies latencies = new Latencies();
        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(warmupSeconds);
        long measureTo = measureFrom + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                HttpClient http = BenchSupport.http();
                while (System.nanoTime() < measureTo) {
                    byte[] body = bodies.get((int) (next.getAndIncrement() % bodies.size()));
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> answer = http.send(BenchSupport.postJson(url, body), HttpResponse.BodyHandlers.ofString());
                        long done = System.nanoTime();
                        boolean ok = answer.statusCode() == 202 && answer.body().contains("\"rejected\":[]");
                        if (done >= measureFrom && done <= measureTo) { // answered inside the window
                            requests.incrementAndGet();
                            latencies.add(done - sent);
                            if (ok) {
                                accepted.addAndGet(batch);
                            } else {
                                failures.incrementAndGet();
                            }
                        }
                        if (!ok && failureSamples.size() < 3) {
                            failureSamples.add(answer.statusCode() + " " + answer.body().substring(0, Math.min(300, answer.body().length())));
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        if (failureSamples.size() < 3) {
                            failureSamples.add(e.toString());
                        }
                    }
                }
            }, "ingest-client-" + c);
            thread.start();
            threads.add(thread);
        }
        // CPU seconds of each part over the measured window: order-ingest, the broker, this load generator
        long self = ProcessHandle.current().pid();
        Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(measureFrom - System.nanoTime())));
        double[] cpuFrom = {CpuTime.of(ingestPid), CpuTime.of(kafkaPid), CpuTime.of(self)};
        Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(measureTo - System.nanoTime())));
        double[] cpuTo = {CpuTime.of(ingestPid), CpuTime.of(kafkaPid), CpuTime.of(self)};
        for (Thread thread : threads) {
            thread.join();
        }
        Map<String, Object> run = new LinkedHashMap<>();
        Map<String, Object> cpu = new LinkedHashMap<>();
        cpu.put("orderIngest", BenchSupport.round1(cpuTo[0] - cpuFrom[0]));
        cpu.put("broker", BenchSupport.round1(cpuTo[1] - cpuFrom[1]));
        cpu.put("loadGenerator", BenchSupport.round1(cpuTo[2] - cpuFrom[2]));
        double acceptedOrders = accepted.get();
        cpu.put("orderIngestPlusBrokerPer1000Orders", acceptedOrders == 0 ? null
                : BenchSupport.round3((cpuTo[0] - cpuFrom[0] + cpuTo[1] - cpuFrom[1]) * 1000 / acceptedOrders));
        run.put("batchSize", batch);
        run.put("clients", clients);
        run.put("warmupSeconds", warmupSeconds);
        run.put("measuredSeconds", seconds);
        run.put("distinctOrders", (long) distinctBatches * batch);
        run.put("requests", requests.get());
        run.put("failedRequests", failures.get());
        run.put("acceptedOrders", accepted.get());
        // orders acknowledged inside the measured window, per second of the window
        run.put("ordersPerSec", BenchSupport.round1(accepted.get() / (double) seconds));
        run.put("httpLatency", latencies.summary());
        run.put("cpuSecondsInWindow", cpu);
        if (!failureSamples.isEmpty()) {
            run.put("failureSamples", failureSamples);
        }
        return run;
    }
}

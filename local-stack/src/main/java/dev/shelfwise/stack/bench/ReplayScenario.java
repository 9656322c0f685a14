package dev.shelfwise.stack.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Scenario 3, replay. {@code produce}: a generated year written straight to orders.v1 (as order-ingest writes it:
 * key = customer, event-id / event-type / platform headers), recording the offsets before and after.
 * {@code position}: moves a consumer group to given offsets (the replay's start, or the end of topics).
 * {@code wait}: while the script starts metrics-service on an empty database, measures until its group has
 * committed the replay's end offsets, then checks that the site's order count equals the orders written.
 */
final class ReplayScenario {
    private ReplayScenario() {
    }

    static void produce(Args args) throws Exception {
        Path out = Path.of(args.required("out"));
        String bootstrap = args.required("bootstrap");
        long orders = Long.parseLong(args.get("orders", "1000000"));
        long seed = Long.parseLong(args.get("seed", "42"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int skus = args.getInt("skus", 10_000);
        int customers = args.getInt("customers", 200_000);
        OrderGenerator generator = new OrderGenerator(seed, skus, customers, today.minusDays(365), 365, orders,
                "R" + System.currentTimeMillis() % 100_000_000 + "-");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("scenario", "replay");
        result.put("loadAverageAtStart", BenchSupport.loadAverage());
        result.put("orders", orders);
        result.put("skus", generator.skuCount());
        result.put("customers", customers);
        result.put("categories", OrderGenerator.CATEGORIES.size());
        result.put("firstDay", today.minusDays(365).toString());
        result.put("lastDay", today.minusDays(1).toString());
        try (Admin admin = BenchSupport.admin(bootstrap)) {
            result.put("startOffsets", BenchSupport.named(BenchSupport.endOffsets(admin, List.of("orders.v1"))));
        }
        AtomicReference<Exception> failure = new AtomicReference<>();
        long bytes = 0;
        long started = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            for (long n = 0; n < orders && failure.get() == null; n++) {
                OrderGenerator.Order order = generator.order(n, "demo", null);
                byte[] value = order.json().getBytes(StandardCharsets.UTF_8);
                bytes += value.length;
                ProducerRecord<String, byte[]> record = asIngested("orders.v1", order.customerId(),
                        "order:demo:" + order.orderId(), "orders", value);
                producer.send(record, (metadata, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    }
                });
                if (n > 0 && n % 1_000_000 == 0) {
                    System.out.printf("    %,d orders written%n", n);
                }
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        try (Admin admin = BenchSupport.admin(bootstrap)) {
            result.put("endOffsets", BenchSupport.named(BenchSupport.endOffsets(admin, List.of("orders.v1"))));
        }
        result.put("produceSeconds", BenchSupport.round1(seconds));
        result.put("produceOrdersPerSec", BenchSupport.round1(orders / seconds));
        result.put("meanOrderBytes", BenchSupport.round1((double) bytes / orders));
        System.out.printf("  replay: %,d orders written to orders.v1 in %.1f s (%.0f/s)%n", orders, seconds, orders / seconds);
        BenchSupport.writeResult(out, "replay", result);
    }

    /** A producer writing as order-ingest does (acks=all, idempotent), batching for throughput. */
    /** A record as order-ingest writes it for the demo platform: the event's key and its event-id, event-type and platform headers. */
    static ProducerRecord<String, byte[]> asIngested(String topic, String key, String eventId, String eventType, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        record.headers().add("event-id", eventId.getBytes(StandardCharsets.UTF_8))
                .add("event-type", eventType.getBytes(StandardCharsets.UTF_8))
                .add("platform", "demo".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    static KafkaProducer<String, byte[]> producer(String bootstrap) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** Moves a (stopped) group's offsets: {@code --to end} for the topics' ends, {@code --to replay-start}. */
    static void position(Args args) throws Exception {
        String bootstrap = args.required("bootstrap");
        String group = args.required("group");
        List<String> topics = args.list("topics");
        String to = args.required("to");
        try (Admin admin = BenchSupport.admin(bootstrap)) {
            Map<TopicPartition, Long> target;
            if (to.equals("end")) {
                target = BenchSupport.endOffsets(admin, topics);
            } else if (to.equals("replay-start")) {
                target = BenchSupport.parsed(BenchSupport.readResult(Path.of(args.required("out")), args.get("result", "replay"))
                        .path("startOffsets"));
                // a topic the replay wrote nothing to (refunds.v1 of the synthetic replay, same channel): start at its end
                List<String> written = target.keySet().stream().map(TopicPartition::topic).distinct().toList();
                target.putAll(BenchSupport.endOffsets(admin, topics.stream().filter(t -> !written.contains(t)).toList()));
            } else {
                throw new IllegalArgumentException("--to end|replay-start");
            }
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            target.forEach((partition, offset) -> offsets.put(partition, new OffsetAndMetadata(offset)));
            admin.alterConsumerGroupOffsets(group, offsets).all().get(30, TimeUnit.SECONDS);
            long total = target.values().stream().mapToLong(Long::longValue).sum();
            System.out.printf("  group %s positioned at %s of %s (%,d records before it)%n", group, to, topics, total);
        }
    }

    static void await(Args args) throws Exception {
        Path out = Path.of(args.required("out"));
        String bootstrap = args.required("bootstrap");
        String metrics = args.required("metrics-url");
        int timeout = args.getInt("timeout", 600);
        long launched = System.nanoTime(); // the script starts metrics-service right before this
        String name = args.get("result", "replay");
        Json produced = BenchSupport.readResult(out, name);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = new LinkedHashMap<>(produced.fields());
        Map<TopicPartition, Long> start = BenchSupport.parsed(produced.path("startOffsets"));
        Map<TopicPartition, Long> end = BenchSupport.parsed(produced.path("endOffsets"));
        long total = BenchSupport.lag(new HashMap<>(), end, start);
        // orders only (the TPC-DS replay writes refunds too): the rate is in orders, the catch-up waits for all records
        Map<TopicPartition, Long> orderEnd = new HashMap<>(end);
        orderEnd.keySet().removeIf(partition -> !partition.topic().equals("orders.v1"));
        long totalOrders = BenchSupport.lag(new HashMap<>(), orderEnd, start);
        long remainingOrders = totalOrders;
        HttpClient http = BenchSupport.http();
        Double ready = null;
        Double firstProgress = null;
        Double caughtUp = null;
        List<List<Object>> progress = new ArrayList<>();
        long remaining = total;
        // CPU seconds of metrics-service and of PostgreSQL (postmaster and backends) while catching up
        Path run = Path.of(args.get("run-dir", "."));
        long metricsPid = CpuTime.pidFile(run.resolve("metrics-service.pid"));
        long postmaster = CpuTime.pidFile(Path.of(args.get("postmaster-pid-file", "postmaster.pid")));
        double metricsCpuAtStart = Double.NaN;
        double postgresCpuAtStart = Double.NaN;
        long processedAtReady = 0;
        double metricsCpuAtEnd = Double.NaN;
        double postgresCpuAtEnd = Double.NaN;
        try (Admin admin = BenchSupport.admin(bootstrap)) {
            long deadline = launched + TimeUnit.SECONDS.toNanos(timeout);
            while (System.nanoTime() < deadline) {
                double now = (System.nanoTime() - launched) / 1e9;
                boolean becameReady = ready == null && isReady(http, metrics);
                Map<TopicPartition, Long> committed = BenchSupport.committed(admin, "metrics-service");
                remaining = BenchSupport.lag(committed, end, start);
                remainingOrders = BenchSupport.lag(committed, orderEnd, start);
                if (becameReady) { // CPU is counted from here, like the rate (start-up and Flyway excluded)
                    ready = now;
                    metricsCpuAtStart = CpuTime.of(metricsPid);
                    postgresCpuAtStart = CpuTime.tree(postmaster);
                    processedAtReady = totalOrders - remainingOrders;
                }
                if (firstProgress == null && remaining < total) {
                    firstProgress = now;
                }
                progress.add(List.of(BenchSupport.round1(now), totalOrders - remainingOrders));
                if (remaining == 0 || System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(250) >= deadline) {
                    metricsCpuAtEnd = CpuTime.of(metricsPid);
                    postgresCpuAtEnd = CpuTime.tree(postmaster);
                }
                if (remaining == 0) {
                    caughtUp = now;
                    break;
                }
                Thread.sleep(250);
            }
        }
        long processed = totalOrders - remainingOrders;
        Map<String, Object> measured = new LinkedHashMap<>();
        measured.put("ordersToProcess", totalOrders);
        if (total != totalOrders) {
            measured.put("refundsToProcess", total - totalOrders);
            measured.put("refundsProcessed", total - totalOrders - (remaining - remainingOrders));
        }
        measured.put("ordersProcessed", processed);
        measured.put("caughtUp", caughtUp != null);
        measured.put("readyAfterSeconds", ready == null ? null : BenchSupport.round1(ready));
        measured.put("firstCommitAfterSeconds", firstProgress == null ? null : BenchSupport.round1(firstProgress));
        measured.put("caughtUpAfterSeconds", caughtUp == null ? null : BenchSupport.round1(caughtUp));
        double window = (caughtUp != null ? caughtUp : timeout) - (ready != null ? ready : 0);
        double wholeWindow = caughtUp != null ? caughtUp : timeout;
        measured.put("ordersProcessedBeforeReady", processedAtReady);
        measured.put("ordersPerSecFromReady", BenchSupport.round1((processed - processedAtReady) / Math.max(0.001, window)));
        measured.put("ordersPerSecFromLaunch", BenchSupport.round1(processed / Math.max(0.001, wholeWindow)));
        double metricsCpu = metricsCpuAtEnd - metricsCpuAtStart;
        double postgresCpu = postgresCpuAtEnd - postgresCpuAtStart;
        measured.put("metricsServiceCpuSeconds", Double.isNaN(metricsCpu) ? null : BenchSupport.round1(metricsCpu));
        measured.put("postgresCpuSeconds", Double.isNaN(postgresCpu) ? null : BenchSupport.round1(postgresCpu));
        long processedSinceReady = processed - processedAtReady;
        measured.put("cpuSecondsPer1000Orders", Double.isNaN(metricsCpu + postgresCpu) || processedSinceReady <= 0 ? null
                : BenchSupport.round3((metricsCpu + postgresCpu) * 1000 / processedSinceReady));
        measured.put("progress", thin(progress));
        // the figures agree: the site's order count over the replayed days equals what was written
        LocalDate first = LocalDate.parse(produced.path("firstDay").asText());
        LocalDate last = LocalDate.parse(produced.path("lastDay").asText());
        long siteOrders = 0;
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            HttpResponse<String> answer = http.send(BenchSupport.get(metrics + "/v1/indices/new-customer?year=" + year),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                siteOrders += Json.parse(answer.body()).path("siteOrders").asLong();
            }
        }
        measured.put("siteOrdersServed", siteOrders);
        measured.put("siteOrdersMatch", siteOrders == processed);
        measured.put("method", "metrics-service stopped, its database dropped and recreated, its consumer group moved to the"
                + " replay's first offsets, then started; the clock starts at its launch, the rate counts from /q/health/ready"
                + " to the group's committed offsets reaching the replay's end (polled every 250 ms)");
        measured.put("target", Map.of("ordersPerSec", 50_000));
        measured.put("loadAverageAtEnd", BenchSupport.loadAverage());
        result.put("catchUp", measured);
        System.out.printf("  %s: %,d of %,d orders processed, caught up %s after %.1f s (ready after %s s): %.0f orders/s"
                        + " from ready, siteOrders %,d; CPU s metrics-service %.1f, PostgreSQL %.1f%n", name, processed, totalOrders,
                caughtUp != null, wholeWindow, ready, (processed - processedAtReady) / Math.max(0.001, window), siteOrders,
                metricsCpu, postgresCpu);
        BenchSupport.writeResult(out, name, result);
    }

    private static List<List<Object>> thin(List<List<Object>> progress) {
        if (progress.size() <= 120) {
            return progress;
        }
        List<List<Object>> thinned = new ArrayList<>();
        int step = (int) Math.ceil(progress.size() / 120.0);
        for (int i = 0; i < progress.size(); i += step) {
            thinned.add(progress.get(i));
        }
        thinned.add(progress.get(progress.size() - 1));
        return thinned;
    }

    static boolean isReady(HttpClient http, String url) {
        try {
            return http.send(BenchSupport.get(url + "/q/health/ready"), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }
}

package dev.shelfwise.stack.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** What the scenarios share (the chaos suites too): JSON results, HTTP, Kafka offsets. */
public final class BenchSupport {
    public static final String TOKEN = System.getenv().getOrDefault("SHELFWISE_BENCH_TOKEN", "demo-token");

    private BenchSupport() {
    }

    /** Scratch files of a run (payloads, logs): {@code --work}, by default {@code <out>/work}. */
    static Path work(Args args, Path out) {
        return Path.of(args.get("work", out.resolve("work").toString()));
    }

    static void writeResult(Path dir, String name, Object result) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".json"), Json.write(result, true) + "\n");
            System.out.println("  wrote " + dir.resolve(name + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Json readResult(Path dir, String name) {
        Path file = dir.resolve(name + ".json");
        try {
            return Files.exists(file) ? Json.parse(Files.readString(file)) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HttpClient http() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static HttpRequest postJson(String url, byte[] body) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    public static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
    }

    /** Posts and insists on 202 with nothing rejected. */
    public static void postAll(HttpClient http, String url, byte[] body) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(postJson(url, body), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 202 || !answer.body().contains("\"rejected\":[]")) {
            throw new IllegalStateException("POST " + url + " answered " + answer.statusCode() + ": "
                    + answer.body().substring(0, Math.min(500, answer.body().length())));
        }
    }

    public static byte[] jsonArray(List<String> items) {
        return ("[" + String.join(",", items) + "]").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public static Admin admin(String bootstrap) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
        return Admin.create(config);
    }

    static List<TopicPartition> partitions(Admin admin, List<String> topics) throws Exception {
        return admin.describeTopics(topics).allTopicNames().get(15, TimeUnit.SECONDS).values().stream()
                .flatMap(description -> description.partitions().stream()
                        .map(p -> new TopicPartition(description.name(), p.partition())))
                .sorted(java.util.Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition))
                .collect(Collectors.toList());
    }

    public static Map<TopicPartition, Long> endOffsets(Admin admin, List<String> topics) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (TopicPartition partition : partitions(admin, topics)) {
            request.put(partition, OffsetSpec.latest());
        }
        Map<TopicPartition, Long> offsets = new HashMap<>();
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> entry
                : admin.listOffsets(request).all().get(15, TimeUnit.SECONDS).entrySet()) {
            offsets.put(entry.getKey(), entry.getValue().offset());
        }
        return offsets;
    }

    /** A group's committed offsets (missing partitions: nothing committed). */
    public static Map<TopicPartition, Long> committed(Admin admin, String group) throws Exception {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(15, TimeUnit.SECONDS);
            committed.forEach((partition, offset) -> {
                if (offset != null) {
                    offsets.put(partition, offset.offset());
                }
            });
        } catch (ExecutionException e) {
            // an unknown group has committed nothing
        }
        return offsets;
    }

    /** Records between a group's committed offsets and the given end offsets. */
    public static long lag(Map<TopicPartition, Long> committed, Map<TopicPartition, Long> end, Map<TopicPartition, Long> start) {
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> entry : end.entrySet()) {
            long from = committed.getOrDefault(entry.getKey(), start == null ? 0L : start.getOrDefault(entry.getKey(), 0L));
            lag += Math.max(0, entry.getValue() - from);
        }
        return lag;
    }

    static Map<String, Long> named(Map<TopicPartition, Long> offsets) {
        Map<String, Long> named = new java.util.TreeMap<>();
        offsets.forEach((partition, offset) -> named.put(partition.toString(), offset));
        return named;
    }

    static Map<TopicPartition, Long> parsed(Json named) {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        named.fields().forEach((key, offset) -> {
            int dash = key.lastIndexOf('-');
            offsets.put(new TopicPartition(key.substring(0, dash), Integer.parseInt(key.substring(dash + 1))),
                    ((Number) offset).longValue());
        });
        return offsets;
    }

    public static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    static double round3(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}

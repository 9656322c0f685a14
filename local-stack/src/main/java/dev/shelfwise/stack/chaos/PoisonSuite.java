package dev.shelfwise.stack.chaos;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Records no consumer can parse, written straight to the consumed topics (bypassing order-ingest, which would refuse
 * them), then valid orders behind them. Every consumer of each topic must put each poison record on
 * {@code <topic>-dlq} with the error in its headers, and keep going: its group commits past them, and the later
 * orders count. Recovery: from writing the poison until every dead-letter copy is there.
 */
final class PoisonSuite extends LoadedSuite {
    /** The consumer groups of each ingested topic (local-stack/topics.txt, the services' application.properties). */
    static final Map<String, List<String>> CONSUMERS = consumers();
    static final String REASON_HEADER = "dead-letter-reason";
    static final String POISON_HEADER = "chaos-poison";
    /** Unreadable values, the most common kinds first: the plan uses the first few. */
    static final List<byte[]> VARIANTS = List.of(
            new byte[] {0, (byte) 0xff, 'n', 'o', 't', ' ', 'j', 's', 'o', 'n'},
            "{\"orderId\": \"P-1\", \"lines\": [".getBytes(StandardCharsets.UTF_8),
            "[\"an\", \"array\", \"not\", \"an\", \"object\"]".getBytes(StandardCharsets.UTF_8),
            "\"just a string\"".getBytes(StandardCharsets.UTF_8),
            new byte[0]);
    private static final long POLL_MS = 2000;
    private static final int REASON_SHOWN = 100;
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    /** Our poison records: their key (unique) and topic; written by {@link #prepare}. */
    private final Map<String, String> topicOfKey = new LinkedHashMap<>();
    private long written;

    PoisonSuite() {
        super("poison messages", "po", ChaosPlan::poison);
    }

    /** The poison first, so the valid orders come behind it. */
    @Override
    void prepare(ChaosContext context) {
        written = System.nanoTime();
        write(context, context.plan().poisonVariants(), topicOfKey);
        context.say(topicOfKey.size() + " poison records written to " + CONSUMERS.size() + " topics");
    }

    @Override
    void inject(ChaosContext context, OrderFeed.Run feed, Findings findings) {
        ChaosPlan plan = context.plan();
        int expected = topicOfKey.values().stream().mapToInt(topic -> CONSUMERS.get(topic).size()).sum();
        TopicAudit audit = new TopicAudit(context.bootstrap());
        List<TopicAudit.Seen> copies = List.of();
        Double recovery = null;
        long deadline = System.nanoTime() + plan.catchUp().toNanos();
        while (System.nanoTime() < deadline) {
            copies = deadLetterCopies(audit, topicOfKey.keySet());
            if (copies.size() >= expected) {
                recovery = ChaosContext.seconds(System.nanoTime() - written);
                break;
            }
            Pause.millis(POLL_MS);
        }
        long withReason = copies.stream().filter(copy -> copy.header(REASON_HEADER) != null
                && !copy.header(REASON_HEADER).isBlank()).count();
        findings.notes.add(topicOfKey.size() + " poison records on " + CONSUMERS.size() + " topics; " + copies.size() + " of "
                + expected + " dead-letter copies (one per consumer), " + withReason + " with a " + REASON_HEADER
                + " header, e.g. \"" + copies.stream().map(copy -> copy.header(REASON_HEADER)).filter(reason -> reason != null)
                .map(PoisonSuite::firstLine).findFirst().orElse("-") + "\"");
        if (copies.size() < expected) {
            findings.problems.add("only " + copies.size() + " of " + expected + " dead-letter copies within "
                    + plan.catchUp().toSeconds() + " s");
        }
        if (withReason < copies.size()) {
            findings.problems.add((copies.size() - withReason) + " dead-letter copies without a " + REASON_HEADER + " header");
        }
        findings.faults.add(new Suite.Fault("poison records", recovery, "poison written until every consumer dead-lettered it"));
        // each consumer went past the poison: nothing left to consume on any poisoned topic
        Map<String, List<String>> topicsOfGroup = new HashMap<>();
        CONSUMERS.forEach((topic, groups) -> groups.forEach(group -> topicsOfGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(topic)));
        if (context.groups().awaitCaughtUp(topicsOfGroup, plan.catchUp()) == null) {
            topicsOfGroup.forEach((group, topics) -> topics.forEach(topic -> {
                long lag = context.groups().lag(group, List.of(topic));
                if (lag > 0) {
                    findings.problems.add(group + " is stuck on " + topic + " (" + lag + " records not committed)");
                }
            }));
        }
    }

    private static void write(ChaosContext context, int variants, Map<String, String> topicOfKey) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, context.bootstrap());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (String topic : CONSUMERS.keySet()) {
                for (int v = 0; v < Math.min(variants, VARIANTS.size()); v++) {
                    String key = "chaos-poison-" + context.runId() + "-" + topic + "-" + v;
                    ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, VARIANTS.get(v));
                    record.headers().add(POISON_HEADER, key.getBytes(StandardCharsets.UTF_8));
                    producer.send(record).get(30, TimeUnit.SECONDS);
                    topicOfKey.put(key, topic);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not write the poison records: " + e.getMessage(), e);
        }
    }

    /** The dead-letter copies of our poison records, found by their key on every {@code <topic>-dlq}. */
    private static List<TopicAudit.Seen> deadLetterCopies(TopicAudit audit, Set<String> keys) {
        Set<String> ours = new HashSet<>(keys);
        List<TopicAudit.Seen> copies = new ArrayList<>();
        for (String topic : CONSUMERS.keySet()) {
            audit.read(topic + "-dlq", READ_TIMEOUT).stream().filter(record -> ours.contains(record.key())).forEach(copies::add);
        }
        return copies;
    }

    /** A reason as a short printable line (they quote the unreadable bytes). */
    private static String firstLine(String reason) {
        String line = reason.lines().findFirst().orElse("").replaceAll("[^\\x20-\\x7E]", "?");
        return line.length() <= REASON_SHOWN ? line : line.substring(0, REASON_SHOWN) + "...";
    }

    private static Map<String, List<String>> consumers() {
        Map<String, List<String>> consumers = new LinkedHashMap<>();
        consumers.put("orders.v1", List.of(ChaosContext.METRICS, ChaosContext.MATRIX, ChaosContext.CLEARANCE));
        consumers.put("refunds.v1", List.of(ChaosContext.METRICS));
        consumers.put("catalog.v1", List.of(ChaosContext.MATRIX));
        consumers.put("inventory.v1", List.of(ChaosContext.MATRIX, ChaosContext.CLEARANCE));
        consumers.put("traffic.v1", List.of(ChaosContext.METRICS, ChaosContext.MATRIX));
        consumers.put("ad-spend.v1", List.of(ChaosContext.CLEARANCE));
        consumers.put("purchase-orders.v1", List.of(ChaosContext.CLEARANCE));
        return consumers;
    }
}

package dev.shelfwise.stack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Waits until the broker answers, then creates the missing topics listed in a file of lines
 * {@code name partitions [compact]}. Usage: {@code TopicSetup --bootstrap 127.0.0.1:9092 --topics topics.txt
 * [--timeout-seconds 60]}
 */
public final class TopicSetup {
    private TopicSetup() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv);
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args.required("bootstrap"));
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(args.getInt("timeout-seconds", 60));
        try (Admin admin = Admin.create(config)) {
            waitForBroker(admin, deadline);
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (NewTopic topic : read(Path.of(args.required("topics")))) {
                if (!existing.contains(topic.name())) {
                    missing.add(topic);
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
                missing.forEach(topic -> System.out.println("created topic " + topic.name()));
            }
        }
    }

    private static void waitForBroker(Admin admin, long deadline) throws InterruptedException {
        while (true) {
            try {
                admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                return;
            } catch (Exception notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Kafka did not answer in time: " + notYet.getMessage());
                }
                Thread.sleep(500);
            }
        }
    }

    static List<NewTopic> read(Path file) throws IOException {
        List<NewTopic> topics = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] fields = trimmed.split("\\s+");
            NewTopic topic = new NewTopic(fields[0], Integer.parseInt(fields[1]), (short) 1);
            Map<String, String> topicConfig = new HashMap<>();
            if (fields.length > 2 && fields[2].equals("compact")) {
                topicConfig.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
            }
            topics.add(topic.configs(topicConfig));
        }
        return topics;
    }
}

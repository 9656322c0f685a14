package dev.shelfwise.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The topics of docker-compose.yml and of the KafkaTopic resources are exactly those of local-stack/topics.txt, with
 * the same partitions and compaction, and every topic a service or the contracts name is among them.
 */
class TopicsTest {
    /** A line of the compose topic script: {@code create <topic> <partitions> [compact]}. */
    private static final Pattern CREATE = Pattern.compile("(?m)^\\s*create\\s+(\\S+)\\s+(\\d+)(?:\\s+(\\S+))?\\s*$");

    private static Map<String, LocalStack.Topic> composeTopics() {
        JsonNode command = Compose.service("kafka-topics").path("command");
        StringBuilder script = new StringBuilder();
        command.forEach(part -> script.append(part.asText()).append('\n'));
        Map<String, LocalStack.Topic> topics = new LinkedHashMap<>();
        Matcher matcher = CREATE.matcher(script);
        while (matcher.find()) {
            String policy = matcher.group(3);
            assertTrue(policy == null || policy.equals("compact"), "unknown cleanup policy " + policy);
            LocalStack.Topic topic = new LocalStack.Topic(matcher.group(1), Integer.parseInt(matcher.group(2)),
                    policy != null);
            assertTrue(topics.put(topic.name(), topic) == null, "docker-compose.yml creates " + topic.name() + " twice");
        }
        return topics;
    }

    private static Map<String, LocalStack.Topic> kafkaTopics(List<Yaml.Doc> docs) {
        Map<String, LocalStack.Topic> topics = new LinkedHashMap<>();
        for (Yaml.Doc doc : Kustomize.ofKind(docs, "KafkaTopic")) {
            JsonNode spec = doc.node().path("spec");
            String name = spec.path("topicName").asText(doc.name());
            String policy = spec.path("config").path("cleanup.policy").asText("delete");
            LocalStack.Topic topic = new LocalStack.Topic(name, spec.path("partitions").asInt(-1), policy.equals("compact"));
            assertTrue(topics.put(name, topic) == null, doc + ": a second KafkaTopic for " + name);
        }
        return topics;
    }

    @Test
    void composeCreatesExactlyTheLocalStackTopics() {
        Map<String, LocalStack.Topic> expected = LocalStack.topics();
        assertTrue(expected.size() >= 20, "local-stack/topics.txt: " + expected.keySet());
        assertEquals(new ArrayList<>(expected.values()), new ArrayList<>(composeTopics().values()),
                "docker-compose.yml (kafka-topics) against local-stack/topics.txt: name, partitions, compaction");
        String script = Compose.service("kafka-topics").path("command").toString();
        assertTrue(script.contains("--config cleanup.policy="), "the compose topic script never sets cleanup.policy");
        assertTrue(script.contains("--partitions"), "the compose topic script never sets partitions");
    }

    @Test
    void kafkaTopicResourcesAreExactlyTheLocalStackTopics() {
        Map<String, LocalStack.Topic> expected = LocalStack.topics();
        Map<String, LocalStack.Topic> actual = kafkaTopics(Kustomize.resources(Kustomize.BASE));
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(actual.keySet()), "KafkaTopic names");
        expected.forEach((name, topic) -> assertEquals(topic, actual.get(name),
                "KafkaTopic " + name + " against local-stack/topics.txt: partitions and compaction"));
    }

    @Test
    void retentionIsChosenPerTopicAndDeadLettersOutliveTheirSource() {
        Map<String, Long> retention = new LinkedHashMap<>();
        for (Yaml.Doc doc : Kustomize.ofKind(Kustomize.resources(Kustomize.BASE), "KafkaTopic")) {
            JsonNode config = doc.node().path("spec").path("config");
            boolean compact = config.path("cleanup.policy").asText("delete").equals("compact");
            if (compact) {
                assertTrue(config.path("retention.ms").isMissingNode(),
                        doc + ": a compacted topic keeps the latest value per key, without a time limit");
            } else {
                assertTrue(config.path("retention.ms").isTextual(),
                        doc + ": set retention.ms (a quoted number) for every non-compacted topic");
                retention.put(doc.name(), Long.parseLong(config.path("retention.ms").asText()));
            }
        }
        for (LocalStack.Topic topic : LocalStack.topics().values()) {
            if (topic.deadLetters() && retention.containsKey(topic.source())) {
                assertTrue(retention.get(topic.name()) > retention.get(topic.source()), topic.name()
                        + " must keep dead letters longer than " + topic.source() + " keeps its records");
            }
        }
    }

    @Test
    void everyTopicTheServicesAndContractsNameExists() {
        Map<String, LocalStack.Topic> topics = LocalStack.topics();
        List<String> contracts = LocalStack.contractTopics();
        assertTrue(contracts.size() >= 10, "the contracts' topics: " + contracts);
        contracts.forEach(topic -> assertTrue(topics.containsKey(topic),
                "contracts name " + topic + ", missing from local-stack/topics.txt"));
        for (String service : LocalStack.services()) {
            ServiceConfig config = ServiceConfig.of(service);
            for (String topic : config.namedTopics()) {
                assertTrue(topics.containsKey(topic), service + "'s application.properties names " + topic
                        + ", missing from local-stack/topics.txt (and so from compose and Kubernetes)");
            }
            for (String topic : config.consumedTopics()) {
                assertTrue(topics.containsKey(topic + "-dlq"), service + " consumes " + topic
                        + " but " + topic + "-dlq does not exist for its poison records");
            }
        }
    }

    @Test
    void replicationLeavesRoomForOneBrokerDown() {
        List<Yaml.Doc> docs = Kustomize.resources(Kustomize.BASE);
        int brokers = Kustomize.ofKind(docs, "KafkaNodePool").stream()
                .filter(pool -> pool.node().path("spec").path("roles").toString().contains("\"broker\""))
                .mapToInt(pool -> pool.node().path("spec").path("replicas").asInt())
                .sum();
        JsonNode config = Kustomize.find(docs, "Kafka", "shelfwise").orElseThrow().node().path("spec").path("kafka").path("config");
        int minInSync = config.path("min.insync.replicas").asInt(1);
        List<Yaml.Doc> topics = Kustomize.ofKind(docs, "KafkaTopic");
        assertFalse(topics.isEmpty());
        for (Yaml.Doc topic : topics) {
            int replicas = topic.node().path("spec").path("replicas").asInt(config.path("default.replication.factor").asInt());
            assertTrue(replicas <= brokers, topic + ": " + replicas + " replicas on " + brokers + " brokers");
            int topicMinInSync = topic.node().path("spec").path("config").path("min.insync.replicas").asInt(minInSync);
            assertTrue(replicas > topicMinInSync, topic + ": with " + replicas + " replicas and min.insync.replicas "
                    + topicMinInSync + " an acks=all write fails as soon as one broker is down");
        }
    }
}

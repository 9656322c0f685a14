package dev.shelfwise.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Strimzi resources use only fields Strimzi documents, with documented values (the whitelist
 * src/test/resources/strimzi-v1-fields.yaml, written from Strimzi's API reference), and describe the cluster the issue
 * asks for: KRaft node pools with three brokers, the local stack's Kafka version, every topic on that cluster.
 */
class StrimziSchemaTest {
    private static final JsonNode SCHEMA = schema();
    private static final Pattern ENUM = Pattern.compile("enum\\((.*)\\)");
    private static final Pattern QUANTITY = Pattern.compile("^[0-9]+(\\.[0-9]+)?(m|k|M|G|T|Ki|Mi|Gi|Ti)?$");

    private static JsonNode schema() {
        try (InputStream in = StrimziSchemaTest.class.getResourceAsStream("/strimzi-v1-fields.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Yaml.Doc> strimziResources() {
        return Kustomize.resources(Kustomize.BASE).stream()
                .filter(doc -> doc.apiVersion().startsWith("kafka.strimzi.io/"))
                .collect(Collectors.toList());
    }

    @Test
    void everyFieldIsDocumentedAndEveryValueAllowed() {
        List<Yaml.Doc> resources = strimziResources();
        assertTrue(resources.size() > 20, "expected the Kafka, its node pools and topics, found " + resources.size());
        List<String> problems = new ArrayList<>();
        for (Yaml.Doc doc : resources) {
            problems.addAll(violations(doc));
        }
        assertEquals(List.of(), problems, "Strimzi fields or values outside src/test/resources/strimzi-v1-fields.yaml");
    }

    /** What is wrong with one resource, as readable lines. */
    static List<String> violations(Yaml.Doc doc) {
        List<String> problems = new ArrayList<>();
        if (!doc.apiVersion().equals(SCHEMA.path("apiVersion").asText())) {
            problems.add(doc + ": apiVersion " + doc.apiVersion() + ", the operator serves " + SCHEMA.path("apiVersion").asText());
        }
        JsonNode kind = SCHEMA.path("kinds").path(doc.kind());
        if (kind.isMissingNode()) {
            problems.add(doc + ": kind " + doc.kind() + " is not in the whitelist");
            return problems;
        }
        for (String field : Yaml.fieldNames(doc.node())) {
            switch (field) {
                case "apiVersion", "kind" -> {
                }
                case "metadata" -> check(doc.node().path("metadata"), SCHEMA.path("metadata"), "metadata", doc, problems);
                case "spec" -> check(doc.node().path("spec"), kind.path("spec"), "spec", doc, problems);
                default -> problems.add(doc + ": top-level field " + field + " (status is the operator's)");
            }
        }
        for (JsonNode required : SCHEMA.path("required").path(doc.kind())) {
            JsonNode node = doc.node();
            for (String part : required.asText().split("\\.")) {
                node = node.path(part);
            }
            if (node.isMissingNode() || node.isNull()) {
                problems.add(doc + ": " + required.asText() + " is required");
            }
        }
        return problems;
    }

    private static void check(JsonNode node, JsonNode schema, String path, Yaml.Doc doc, List<String> problems) {
        if (schema.isTextual()) {
            leaf(node, schema.asText(), path, doc, problems);
        } else if (schema.isArray()) {
            if (!node.isArray()) {
                problems.add(doc + ": " + path + " must be a list");
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), schema.get(0), path + "[" + i + "]", doc, problems);
            }
        } else if (schema.has("discriminator")) {
            String discriminator = schema.path("discriminator").asText();
            JsonNode variant = schema.path("variants").path(node.path(discriminator).asText());
            if (variant.isMissingNode()) {
                problems.add(doc + ": " + path + "." + discriminator + " = " + node.path(discriminator).asText()
                        + ", documented: " + Yaml.fieldNames(schema.path("variants")));
                return;
            }
            check(node, variant, path, doc, problems);
        } else {
            if (!node.isObject()) {
                problems.add(doc + ": " + path + " must be a map");
                return;
            }
            for (Map.Entry<String, JsonNode> field : Yaml.fields(node)) {
                JsonNode fieldSchema = schema.path(field.getKey());
                if (fieldSchema.isMissingNode()) {
                    problems.add(doc + ": " + path + "." + field.getKey() + " is not a documented field (documented: "
                            + Yaml.fieldNames(schema) + ")");
                } else {
                    check(field.getValue(), fieldSchema, path + "." + field.getKey(), doc, problems);
                }
            }
        }
    }

    private static void leaf(JsonNode node, String type, String path, Yaml.Doc doc, List<String> problems) {
        if (type.startsWith("$")) {
            check(node, SCHEMA.path("types").path(type.substring(1)), path, doc, problems);
            return;
        }
        Matcher enumeration = ENUM.matcher(type);
        boolean ok = switch (type) {
            case "any" -> true;
            case "string" -> node.isTextual();
            case "integer" -> node.isIntegralNumber();
            case "boolean" -> node.isBoolean();
            case "quantity" -> (node.isTextual() || node.isNumber()) && QUANTITY.matcher(node.asText()).matches();
            case "map" -> node.isObject() && allScalars(node);
            default -> enumeration.matches() && node.isTextual()
                    && List.of(enumeration.group(1).split("\\|")).contains(node.asText());
        };
        if (!ok) {
            problems.add(doc + ": " + path + " = " + node + " is not a " + type);
        }
    }

    private static boolean allScalars(JsonNode node) {
        for (Map.Entry<String, JsonNode> field : Yaml.fields(node)) {
            if (!field.getValue().isValueNode()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theWhitelistRejectsWhatStrimziDoesNotDocument() {
        JsonNode pool = Kustomize.find(strimziResources(), "KafkaNodePool", "broker").orElseThrow().node().deepCopy();
        ((ObjectNode) pool.path("spec")).put("brokers", 3);
        ((ArrayNode) pool.path("spec").path("roles")).add("zookeeper");
        List<String> problems = violations(new Yaml.Doc(Repo.path(Kustomize.BASE + "/kafka/kafka.yaml"), pool));
        assertEquals(2, problems.size(), "an invented field and an undocumented role: " + problems);
    }

    @Test
    void brokerConfigLeavesStrimziManagedSettingsAlone() {
        Yaml.Doc kafka = Kustomize.ofKind(strimziResources(), "Kafka").get(0);
        Set<String> exceptions = new TreeSet<>();
        SCHEMA.path("allowedKafkaConfigExceptions").forEach(entry -> exceptions.add(entry.asText()));
        for (String key : Yaml.fieldNames(kafka.node().path("spec").path("kafka").path("config"))) {
            for (JsonNode prefix : SCHEMA.path("forbiddenKafkaConfigPrefixes")) {
                assertFalse(key.startsWith(prefix.asText()) && !exceptions.contains(key),
                        kafka + ": Strimzi manages " + key + " itself (forbidden prefix " + prefix.asText() + ")");
            }
        }
        for (JsonNode listener : kafka.node().path("spec").path("kafka").path("listeners")) {
            assertTrue(listener.path("name").asText().matches(SCHEMA.path("listenerNamePattern").asText()),
                    kafka + ": listener name " + listener.path("name").asText());
            int port = listener.path("port").asInt();
            assertTrue(port >= SCHEMA.path("listenerMinPort").asInt(), kafka + ": listener port " + port);
            SCHEMA.path("listenerReservedPorts").forEach(reserved -> assertFalse(reserved.asInt() == port,
                    kafka + ": port " + port + " is Strimzi's own"));
        }
    }

    @Test
    void aKraftClusterWithThreeBrokersOfTheLocalStacksKafkaVersion() {
        List<Yaml.Doc> resources = strimziResources();
        List<Yaml.Doc> clusters = Kustomize.ofKind(resources, "Kafka");
        assertEquals(1, clusters.size(), "one Kafka cluster");
        Yaml.Doc kafka = clusters.get(0);
        assertEquals(LocalStack.kafkaVersion(), kafka.node().path("spec").path("kafka").path("version").asText(),
                "the cluster runs the Kafka of the local stack and the services' client (the Quarkus BOM)");
        String metadataVersion = kafka.node().path("spec").path("kafka").path("metadataVersion").asText("");
        String minor = LocalStack.kafkaVersion().replaceAll("^(\\d+\\.\\d+).*", "$1");
        assertTrue(metadataVersion.isEmpty() || metadataVersion.startsWith(minor + "-"),
                "metadataVersion " + metadataVersion + " does not belong to Kafka " + minor);
        JsonNode annotations = kafka.node().path("metadata").path("annotations");
        assertEquals("enabled", annotations.path("strimzi.io/kraft").asText(), "KRaft annotation");
        assertEquals("enabled", annotations.path("strimzi.io/node-pools").asText(), "node pools annotation");

        int brokers = 0;
        int controllers = 0;
        for (Yaml.Doc pool : Kustomize.ofKind(resources, "KafkaNodePool")) {
            assertEquals(kafka.name(), pool.node().path("metadata").path("labels").path("strimzi.io/cluster").asText(),
                    pool + " belongs to no cluster of the base");
            String roles = pool.node().path("spec").path("roles").toString();
            int replicas = pool.node().path("spec").path("replicas").asInt();
            brokers += roles.contains("\"broker\"") ? replicas : 0;
            controllers += roles.contains("\"controller\"") ? replicas : 0;
        }
        assertEquals(3, brokers, "three brokers");
        assertTrue(controllers % 2 == 1, "an odd number of KRaft controllers keeps a quorum, found " + controllers);
        for (Yaml.Doc topic : Kustomize.ofKind(resources, "KafkaTopic")) {
            assertEquals(kafka.name(), topic.node().path("metadata").path("labels").path("strimzi.io/cluster").asText(),
                    topic + ": the Topic Operator only manages topics labelled with its cluster");
        }
        assertTrue(kafka.node().path("spec").path("entityOperator").has("topicOperator"),
                "without the Topic Operator no KafkaTopic becomes a topic");
    }
}

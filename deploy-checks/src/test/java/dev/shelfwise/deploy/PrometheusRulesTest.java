package dev.shelfwise.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * deploy/prometheus/shelfwise-rules.yml alerts on series that exist: the services' own meters (found in their
 * sources), the HTTP server timer every Quarkus service exports, and the Kafka Exporter's lag when the cluster runs
 * one; with labels those series carry and consumer groups the services use.
 */
class PrometheusRulesTest {
    static final String RULES = "deploy/prometheus/shelfwise-rules.yml";

    /** Quarkus' Micrometer HTTP server binder (quarkus-micrometer-registry-prometheus), with its tags. */
    private static final Map<String, Set<String>> QUARKUS_HTTP = Map.of(
            "http_server_requests_seconds_count", Set.of("method", "outcome", "status", "uri"),
            "http_server_requests_seconds_sum", Set.of("method", "outcome", "status", "uri"),
            "http_server_requests_seconds_max", Set.of("method", "outcome", "status", "uri"));
    /** Strimzi's Kafka Exporter (Kafka.spec.kafkaExporter), with its labels. */
    private static final Map<String, Set<String>> KAFKA_EXPORTER = Map.of(
            "kafka_consumergroup_lag", Set.of("consumergroup", "topic", "partition"));

    private static final Set<String> PROMQL_WORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right", "bool", "and", "or", "unless", "offset", "inf", "nan");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern MATCHER = Pattern.compile("(\\w+)\\s*(=~|!~|!=|=)\\s*\"([^\"]*)\"");

    private static List<JsonNode> rules() {
        List<JsonNode> rules = new ArrayList<>();
        JsonNode groups = Yaml.single(Repo.path(RULES)).path("groups");
        assertTrue(groups.isArray() && groups.size() > 0, RULES + " has no groups");
        for (JsonNode group : groups) {
            assertFalse(group.path("name").asText("").isEmpty(), RULES + ": a group without a name");
            group.path("rules").forEach(rules::add);
        }
        return rules;
    }

    /** Every exported series name with the label names it carries. */
    private static Map<String, Set<String>> exported() {
        Map<String, Set<String>> series = new LinkedHashMap<>();
        for (Meters.Meter meter : Meters.of(LocalStack.services())) {
            for (String name : meter.prometheusNames()) {
                series.computeIfAbsent(name, key -> new TreeSet<>()).addAll(meter.tags());
            }
        }
        return series;
    }

    /** The metric names an expression reads: identifiers outside label matchers, grouping clauses and functions. */
    static Set<String> metricNames(String expr) {
        String stripped = expr.replaceAll("\"[^\"]*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new LinkedHashSet<>();
        Matcher identifier = IDENTIFIER.matcher(stripped);
        while (identifier.find()) {
            String name = identifier.group();
            int next = identifier.end();
            while (next < stripped.length() && Character.isWhitespace(stripped.charAt(next))) {
                next++;
            }
            boolean function = next < stripped.length() && stripped.charAt(next) == '(';
            boolean partOfNumber = identifier.start() > 0 && Character.isDigit(stripped.charAt(identifier.start() - 1));
            if (!function && !partOfNumber && !PROMQL_WORDS.contains(name.toLowerCase())) {
                names.add(name);
            }
        }
        return names;
    }

    /** Label names an expression uses: in matchers and in by (...) / without (...) clauses. */
    static Set<String> labelNames(String expr) {
        Set<String> labels = new LinkedHashSet<>();
        Matcher selector = Pattern.compile("\\{([^}]*)}").matcher(expr);
        while (selector.find()) {
            Matcher matcher = MATCHER.matcher(selector.group(1));
            while (matcher.find()) {
                labels.add(matcher.group(1));
            }
        }
        Matcher grouping = Pattern.compile("\\b(?:by|without)\\s*\\(([^)]*)\\)").matcher(expr);
        while (grouping.find()) {
            for (String label : grouping.group(1).split(",")) {
                if (!label.isBlank()) {
                    labels.add(label.trim());
                }
            }
        }
        return labels;
    }

    @Test
    void everyRuleIsACompleteAlert() {
        List<JsonNode> rules = rules();
        assertTrue(rules.size() >= 5, "expected alerts on concentration, clearance, ingest and consumers");
        Set<String> names = new TreeSet<>();
        for (JsonNode rule : rules) {
            String alert = rule.path("alert").asText("");
            assertFalse(alert.isEmpty(), RULES + ": every rule is an alert, found " + rule);
            assertTrue(names.add(alert), RULES + ": alert " + alert + " twice");
            assertFalse(rule.path("expr").asText("").isBlank(), alert + " has no expr");
            assertFalse(rule.path("labels").path("severity").asText("").isEmpty(), alert + " has no severity");
            assertFalse(rule.path("annotations").path("summary").asText("").isEmpty(), alert + " has no summary");
            assertFalse(rule.path("annotations").path("description").asText("").isEmpty(), alert + " has no description");
        }
    }

    @Test
    void theServicesExportTheMeterNamesTheIssueNames() {
        Map<String, Set<String>> exported = exported();
        for (String name : List.of("shelfwise_gmv_top1pct_share", "shelfwise_alerts_firing",
                "shelfwise_clearance_alerts_firing", "shelfwise_ingest_events_total")) {
            assertTrue(exported.containsKey(name), name + " is not registered by any service; found " + exported.keySet());
        }
        assertEquals(Set.of("outcome", "type"), exported.get("shelfwise_ingest_events_total"),
                "order-ingest's counter tags, as the README documents them");
    }

    @Test
    void everyMetricAndLabelOfTheRulesExists() {
        Map<String, Set<String>> exported = exported();
        Map<String, Set<String>> known = new LinkedHashMap<>(exported);
        known.putAll(QUARKUS_HTTP);
        if (kafkaExporterEnabled()) {
            known.putAll(KAFKA_EXPORTER);
        }
        int ownMetrics = 0;
        for (JsonNode rule : rules()) {
            String alert = rule.path("alert").asText();
            String expr = rule.path("expr").asText();
            Set<String> metrics = metricNames(expr);
            assertFalse(metrics.isEmpty(), alert + ": no metric found in " + expr);
            Set<String> labels = new TreeSet<>();
            for (String metric : metrics) {
                assertTrue(known.containsKey(metric), alert + " reads " + metric + ", which no service exports"
                        + (metric.startsWith("kafka_") ? " (and the Kafka Exporter is not enabled)" : "")
                        + "; exported: " + exported.keySet());
                labels.addAll(known.get(metric));
                ownMetrics += exported.containsKey(metric) ? 1 : 0;
            }
            for (String label : labelNames(expr)) {
                assertTrue(labels.contains(label), alert + " uses label " + label + ", which " + metrics
                        + " do not carry (they carry " + labels + ")");
            }
        }
        assertTrue(ownMetrics >= 4, "the rules should mostly watch the services' own meters");
    }

    @Test
    void lagAlertsWatchTheServicesConsumerGroups() {
        Set<String> groups = new TreeSet<>();
        LocalStack.services().forEach(service -> groups.addAll(ServiceConfig.of(service).groupIds()));
        assertFalse(groups.isEmpty());
        String exporterGroups = kafkaExporter().path("groupRegex").asText(".*");
        for (String group : groups) {
            assertTrue(group.matches(exporterGroups), "the Kafka Exporter's groupRegex " + exporterGroups + " misses " + group);
        }
        int checked = 0;
        for (JsonNode rule : rules()) {
            Matcher matcher = Pattern.compile("consumergroup\\s*(=~|=)\\s*\"([^\"]*)\"").matcher(rule.path("expr").asText());
            while (matcher.find()) {
                for (String group : matcher.group(2).split("\\|")) {
                    assertTrue(groups.contains(group), rule.path("alert").asText() + " watches consumer group " + group
                            + ", which no service uses (group.id: " + groups + ")");
                }
                Set<String> watched = Set.of(matcher.group(2).split("\\|"));
                assertEquals(groups, new TreeSet<>(watched), rule.path("alert").asText() + " should watch every group");
                checked++;
            }
        }
        assertTrue(checked > 0, "no rule watches consumer lag");
    }

    @Test
    void theKustomizeBaseShipsTheRuleFile() {
        boolean included = Kustomize.layers(Kustomize.BASE).stream()
                .anyMatch(layer -> Kustomize.generatorFiles(layer, "configMapGenerator").contains(Repo.path(RULES).normalize()));
        assertTrue(included, "no ConfigMap of " + Kustomize.BASE + " is generated from " + RULES);
    }

    private static boolean kafkaExporterEnabled() {
        return !kafkaExporter().isMissingNode();
    }

    private static JsonNode kafkaExporter() {
        return Kustomize.ofKind(Kustomize.resources(Kustomize.BASE), "Kafka").get(0).node().path("spec").path("kafkaExporter");
    }
}

package dev.shelfwise.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Kubernetes workloads of the base: a Deployment per service with probes, requests and limits, a Service, a
 * PodDisruptionBudget, and an autoscaler bounded by the partitions the service consumes.
 */
class WorkloadsTest {
    /**
     * DESIGN.md §9 targets 300 MB RSS per service; measured with ./shelfwise's JVM flags the consumers peak near
     * 400 MiB (bench/results/footprint.json), so limits may reach 512 Mi and no further.
     */
    private static final BigDecimal MEMORY_LIMIT_CEILING = quantity("512Mi");

    private static final List<Yaml.Doc> BASE = Kustomize.resources(Kustomize.BASE);

    @Test
    void oneDeploymentPerLocalStackService() {
        assertEquals(new TreeSet<>(LocalStack.services()),
                Kustomize.ofKind(BASE, "Deployment").stream().map(Yaml.Doc::name).collect(Collectors.toCollection(TreeSet::new)),
                "Deployments of the base against ./shelfwise's SERVICES");
        for (String service : LocalStack.services()) {
            JsonNode container = ConfigurationTest.container(BASE, service);
            String image = container.path("image").asText();
            assertTrue(image.equals("shelfwise/" + service) || image.startsWith("shelfwise/" + service + ":"),
                    service + " runs the image docker-compose.yml builds, not " + image);
        }
    }

    @Test
    void everyContainerHasHealthProbes() {
        for (String service : LocalStack.services()) {
            JsonNode container = ConfigurationTest.container(BASE, service);
            assertEquals("/q/health/live", container.path("livenessProbe").path("httpGet").path("path").asText(),
                    service + "'s liveness probe");
            assertEquals("/q/health/ready", container.path("readinessProbe").path("httpGet").path("path").asText(),
                    service + "'s readiness probe");
            JsonNode startup = container.path("startupProbe");
            if (!startup.isMissingNode()) {
                assertFalse(startup.path("httpGet").path("path").asText().equals("/q/health/ready"),
                        service + ": a startup probe on readiness would restart a service waiting for Kafka");
            }
        }
    }

    @Test
    void everyContainerHasRequestsAndLimitsWithinTheMemoryTarget() {
        for (String service : LocalStack.services()) {
            JsonNode resources = ConfigurationTest.container(BASE, service).path("resources");
            for (String bound : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    assertTrue(resources.path(bound).path(resource).isValueNode(),
                            service + " has no " + bound + "." + resource);
                }
            }
            BigDecimal request = quantity(resources.path("requests").path("memory").asText());
            BigDecimal limit = quantity(resources.path("limits").path("memory").asText());
            assertTrue(limit.compareTo(request) >= 0, service + ": memory limit below the request");
            assertTrue(limit.compareTo(MEMORY_LIMIT_CEILING) <= 0, service + ": memory limit " + limit
                    + " B beyond 512Mi, far above the measured footprint and DESIGN.md's 300 MB target");
            assertTrue(quantity(resources.path("limits").path("cpu").asText())
                    .compareTo(quantity(resources.path("requests").path("cpu").asText())) >= 0, service + ": cpu limit below request");
        }
    }

    @Test
    void memoryRequestsCoverTheBenchmarksMeasuredFootprint() throws Exception {
        // requests and limits "from the benchmark's measured footprint": a bench run that measures more fails here
        JsonNode footprint = new ObjectMapper().readTree(Repo.read("bench/results/footprint.json"));
        int checked = 0;
        for (JsonNode process : footprint.path("processes")) {
            String service = process.path("process").asText();
            if (!LocalStack.services().contains(service)) {
                continue; // the broker and the database have their own resources
            }
            BigDecimal measured = quantity(process.path("peakHwmMiB").asInt() + "Mi");
            JsonNode resources = ConfigurationTest.container(BASE, service).path("resources");
            BigDecimal request = quantity(resources.path("requests").path("memory").asText());
            assertTrue(request.compareTo(measured) >= 0, service + ": memory request " + request
                    + " B below the measured peak of " + process.path("peakHwmMiB").asInt() + " MiB");
            checked++;
        }
        assertTrue(checked >= 4, "bench/results/footprint.json should measure the services, measured " + checked);
    }

    @Test
    void servicesAndDisruptionBudgetsSelectThePods() {
        for (String service : LocalStack.services()) {
            JsonNode template = Kustomize.find(BASE, "Deployment", service).orElseThrow().node().path("spec");
            JsonNode podLabels = template.path("template").path("metadata").path("labels");
            assertSubset(template.path("selector").path("matchLabels"), podLabels, service + "'s Deployment selector");
            assertSubset(Kustomize.find(BASE, "Service", service).orElseThrow(() -> new AssertionError("no Service " + service))
                    .node().path("spec").path("selector"), podLabels, service + "'s Service selector");
            JsonNode budget = Kustomize.find(BASE, "PodDisruptionBudget", service)
                    .orElseThrow(() -> new AssertionError("no PodDisruptionBudget " + service)).node().path("spec");
            assertSubset(budget.path("selector").path("matchLabels"), podLabels, service + "'s PodDisruptionBudget");
            assertTrue(budget.has("maxUnavailable") || budget.has("minAvailable"), service + "'s budget sets nothing");
            assertTrue(template.path("template").path("spec").path("securityContext").path("runAsNonRoot").asBoolean(),
                    service + " must refuse to run as root");
            boolean autoscaled = Kustomize.ofKind(BASE, "HorizontalPodAutoscaler").stream()
                    .anyMatch(hpa -> hpa.node().path("spec").path("scaleTargetRef").path("name").asText().equals(service));
            if (!autoscaled) {
                assertTrue(template.path("replicas").asInt(1) >= 2, service + " has no autoscaler: give it two replicas"
                        + " so its PodDisruptionBudget still lets a node drain while one instance answers");
            }
        }
    }

    @Test
    void consumersAutoscaleUpToThePartitionsTheyConsume() {
        Map<String, LocalStack.Topic> topics = LocalStack.topics();
        int consumers = 0;
        for (String service : LocalStack.services()) {
            ServiceConfig config = ServiceConfig.of(service);
            if (config.consumedTopics().isEmpty()) {
                continue;
            }
            consumers++;
            int partitions = config.consumedTopics().stream().mapToInt(topic -> topics.get(topic).partitions()).max().orElseThrow();
            Yaml.Doc autoscaler = Kustomize.ofKind(BASE, "HorizontalPodAutoscaler").stream()
                    .filter(hpa -> hpa.node().path("spec").path("scaleTargetRef").path("name").asText().equals(service))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no HorizontalPodAutoscaler for the consumer " + service));
            JsonNode spec = autoscaler.node().path("spec");
            assertEquals("Deployment", spec.path("scaleTargetRef").path("kind").asText(), autoscaler.toString());
            assertEquals(partitions, spec.path("maxReplicas").asInt(), autoscaler + ": " + service + " consumes "
                    + config.consumedTopics() + "; beyond " + partitions + " partitions more instances of its group"
                    + " get nothing to read, and fewer leave partitions without their own instance at the peak");
            assertTrue(spec.path("minReplicas").asInt(1) <= spec.path("maxReplicas").asInt(), autoscaler.toString());
            assertTrue(spec.path("minReplicas").asInt(1) >= 2, autoscaler + ": keep two instances so a disruption"
                    + " never stops consumption");
        }
        assertTrue(consumers >= 3, "expected metrics-, matrix- and clearance-service to consume topics");
    }

    private static void assertSubset(JsonNode selector, JsonNode labels, String what) {
        assertTrue(selector.size() > 0, what + " is empty");
        for (Map.Entry<String, JsonNode> entry : Yaml.fields(selector)) {
            assertEquals(entry.getValue().asText(), labels.path(entry.getKey()).asText(null),
                    what + " does not match the pod labels " + labels);
        }
    }

    /** A Kubernetes quantity in base units (bytes, cores): 384Mi, 1Gi, 300M, 500m, 2. */
    static BigDecimal quantity(String value) {
        for (Map.Entry<String, Integer> binary : Map.of("Ki", 10, "Mi", 20, "Gi", 30, "Ti", 40).entrySet()) {
            if (value.endsWith(binary.getKey())) {
                return new BigDecimal(value.substring(0, value.length() - 2))
                        .multiply(BigDecimal.valueOf(2).pow(binary.getValue()));
            }
        }
        String number = value.substring(0, value.length() - 1);
        return switch (value.charAt(value.length() - 1)) {
            case 'm' -> new BigDecimal(number).movePointLeft(3);
            case 'k' -> new BigDecimal(number).movePointRight(3);
            case 'M' -> new BigDecimal(number).movePointRight(6);
            case 'G' -> new BigDecimal(number).movePointRight(9);
            case 'T' -> new BigDecimal(number).movePointRight(12);
            default -> new BigDecimal(value);
        };
    }
}

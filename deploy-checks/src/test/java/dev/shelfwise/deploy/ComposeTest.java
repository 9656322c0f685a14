package dev.shelfwise.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docker-compose.yml's structure: images, health checks, start order, volumes, builds. */
class ComposeTest {
    private static final List<String> INFRASTRUCTURE = List.of("kafka", "kafka-topics", "postgres");

    @Test
    void theStackIsKafkaPostgresAndTheLocalStackServices() {
        List<String> expected = new ArrayList<>(INFRASTRUCTURE);
        expected.addAll(LocalStack.services());
        assertEquals(new TreeSet<>(expected), new TreeSet<>(Compose.serviceNames()),
                "docker-compose.yml services against ./shelfwise's SERVICES plus Kafka, topic set-up and PostgreSQL");
        String kafkaImage = "apache/kafka:" + LocalStack.kafkaVersion();
        assertEquals(kafkaImage, Compose.service("kafka").path("image").asText(),
                "the broker image must be the Kafka version of the local stack and the Quarkus BOM");
        assertEquals(kafkaImage, Compose.service("kafka-topics").path("image").asText(),
                "topics are created with the broker image's own kafka-topics.sh");
        assertTrue(Compose.service("postgres").path("image").asText().matches("postgres:\\d+"),
                "PostgreSQL from the official image, pinned to a major version");
    }

    @Test
    void everyLongRunningContainerHasAHealthCheck() {
        for (String service : Compose.serviceNames()) {
            if (service.equals("kafka-topics")) {
                assertEquals("no", Compose.service(service).path("restart").asText("no"),
                        "the one-shot topic set-up must not restart");
                continue;
            }
            JsonNode healthcheck = Compose.service(service).path("healthcheck");
            assertFalse(Compose.healthcheck(service).isBlank(), service + " has no health check");
            assertFalse(healthcheck.path("interval").isMissingNode(), service + ": health check without interval");
            assertTrue(healthcheck.path("retries").asInt() > 0, service + ": health check without retries");
        }
        for (String service : LocalStack.services()) {
            assertTrue(Compose.healthcheck(service).contains("/q/health/ready"),
                    service + " is healthy only when Quarkus says it is ready");
        }
    }

    @Test
    void servicesStartAfterTheirDependenciesAreReady() {
        Map<String, String> expectedCondition = Map.of(
                "kafka", "service_healthy", "postgres", "service_healthy",
                "kafka-topics", "service_completed_successfully");
        for (String service : Compose.serviceNames()) {
            for (Map.Entry<String, JsonNode> dependency : Yaml.fields(Compose.service(service).path("depends_on"))) {
                String condition = dependency.getValue().path("condition").asText("");
                String expected = expectedCondition.getOrDefault(dependency.getKey(), "service_healthy");
                assertEquals(expected, condition, service + " depends on " + dependency.getKey());
                if (condition.equals("service_healthy")) {
                    assertFalse(Compose.healthcheck(dependency.getKey()).isBlank(),
                            service + " waits for " + dependency.getKey() + " to be healthy, which has no health check");
                }
            }
        }
        assertTrue(Compose.service("kafka-topics").path("depends_on").has("kafka"), "topics need the broker");
        Map<String, Map<String, String>> urls = LocalStack.serviceUrls();
        for (String service : LocalStack.services()) {
            ServiceConfig config = ServiceConfig.of(service);
            JsonNode dependsOn = Compose.service(service).path("depends_on");
            assertEquals(config.usesKafka(), dependsOn.has("kafka-topics"),
                    service + " starts after every topic exists exactly when it uses Kafka");
            assertEquals(LocalStack.database(service).isPresent(), dependsOn.has("postgres"),
                    service + " waits for PostgreSQL exactly when it has a database");
            Set<String> reads = new TreeSet<>(urls.getOrDefault(service, Map.of()).values());
            Set<String> waitsFor = new TreeSet<>(Yaml.fieldNames(dependsOn));
            waitsFor.retainAll(LocalStack.services());
            assertTrue(reads.containsAll(waitsFor), service + " waits for " + waitsFor + " but reads only " + reads);
            if (!config.usesKafka() && LocalStack.database(service).isEmpty()) {
                assertEquals(reads, waitsFor, service + " needs neither Kafka nor PostgreSQL: it starts once the"
                        + " services it reads (./shelfwise's service_start) are healthy");
            }
        }
    }

    @Test
    void brokerAndDatabaseKeepTheirDataInNamedVolumes() {
        Set<String> declared = new TreeSet<>(Yaml.fieldNames(Compose.root().path("volumes")));
        String logDirs = Compose.service("kafka").path("environment").path("KAFKA_LOG_DIRS").asText();
        assertFalse(logDirs.isEmpty(), "set KAFKA_LOG_DIRS so the data directory is the mounted one");
        assertNamedVolumeAt("kafka", logDirs, declared);
        assertNamedVolumeAt("postgres", "/var/lib/postgresql/data", declared);
    }

    private static void assertNamedVolumeAt(String service, String path, Set<String> declared) {
        for (JsonNode volume : Compose.service(service).path("volumes")) {
            String[] parts = volume.asText().split(":");
            if (parts.length >= 2 && parts[1].equals(path)) {
                assertTrue(declared.contains(parts[0]), service + " mounts " + parts[0] + " at " + path
                        + ", not a named volume of the top-level volumes:");
                return;
            }
        }
        throw new AssertionError(service + " keeps " + path + " in its container: mount a named volume there");
    }

    @Test
    void servicesAreBuiltFromTheirDockerfiles() {
        for (String service : LocalStack.services()) {
            JsonNode build = Compose.service(service).path("build");
            assertEquals("./" + service, build.path("context").asText(), service + "'s build context");
            String dockerfile = build.path("dockerfile").asText();
            assertEquals("src/main/docker/Dockerfile.jvm", dockerfile, service + "'s Dockerfile");
            assertTrue(Files.isRegularFile(Repo.path(service + "/" + dockerfile)), service + "/" + dockerfile + " is missing");
            assertEquals("shelfwise/" + service, Compose.service(service).path("image").asText(), service + "'s image name");
            assertTrue(Compose.service(service).path("mem_limit").isTextual(),
                    service + ": give it the Kubernetes memory limit, so the JVM sizes its heap the same way");
        }
    }

    @Test
    void everyServiceOfTheScriptIsDeployed() {
        List<String> services = LocalStack.services();
        assertTrue(services.containsAll(List.of("order-ingest", "metrics-service", "matrix-service", "clearance-service",
                "dashboard")), "./shelfwise's SERVICES as read: " + services);
        List<Yaml.Doc> base = Kustomize.resources(Kustomize.BASE);
        for (String service : services) {
            assertTrue(Compose.serviceNames().contains(service), service + " is missing from docker-compose.yml");
            assertTrue(Files.isRegularFile(Repo.path(service + "/src/main/docker/Dockerfile.jvm")),
                    service + " has no src/main/docker/Dockerfile.jvm");
            for (String kind : List.of("ConfigMap", "Deployment", "Service", "PodDisruptionBudget")) {
                assertTrue(Kustomize.find(base, kind, service).isPresent(),
                        service + " has no " + kind + " in " + Kustomize.BASE);
            }
        }
    }
}

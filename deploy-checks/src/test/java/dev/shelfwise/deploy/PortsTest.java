package dev.shelfwise.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each service listens where the local stack has it everywhere: application.properties, ./shelfwise (port and the
 * variable that moves it), docker-compose.yml, the Dockerfile, the Kubernetes ConfigMap, container, Service and probes.
 */
class PortsTest {

    @Test
    void everyServiceHasOnePortEverywhere() {
        Map<String, LocalStack.Port> scriptPorts = LocalStack.servicePorts();
        List<Yaml.Doc> docs = Kustomize.resources(Kustomize.BASE);
        assertTrue(scriptPorts.keySet().containsAll(LocalStack.services()), "./shelfwise SERVICE_PORT misses a service");
        for (String service : LocalStack.services()) {
            int port = ServiceConfig.of(service).httpPort();
            LocalStack.Port script = scriptPorts.get(service);
            assertEquals(port, script.defaultPort(), service + ": application.properties against ./shelfwise");

            // docker-compose.yml: the same host port variable and default, the container port, QUARKUS_HTTP_PORT
            List<Compose.PortMapping> mappings = Compose.ports(service);
            assertEquals(1, mappings.size(), service + " publishes one port in docker-compose.yml");
            assertEquals("${" + script.variable() + ":-" + script.defaultPort() + "}", mappings.get(0).host(),
                    service + ": the host port moves with the variable ./shelfwise reads");
            assertEquals(port, mappings.get(0).container(), service + "'s container port in docker-compose.yml");
            assertEquals(String.valueOf(port), Compose.environment(service).get("QUARKUS_HTTP_PORT"),
                    service + "'s QUARKUS_HTTP_PORT in docker-compose.yml");
            assertTrue(Compose.healthcheck(service).contains(":" + port + "/q/health/ready"),
                    service + "'s compose health check must ask /q/health/ready on " + port);

            // the image
            Matcher expose = Pattern.compile("(?m)^EXPOSE\\s+(\\d+)\\s*$")
                    .matcher(Repo.read(service + "/src/main/docker/Dockerfile.jvm"));
            assertTrue(expose.find(), service + "'s Dockerfile exposes no port");
            assertEquals(port, Integer.parseInt(expose.group(1)), service + "'s Dockerfile EXPOSE");

            // Kubernetes
            Yaml.Doc configMap = Kustomize.find(docs, "ConfigMap", service).orElseThrow();
            assertEquals(String.valueOf(port), configMap.node().path("data").path("QUARKUS_HTTP_PORT").asText(),
                    configMap + ": QUARKUS_HTTP_PORT");
            JsonNode container = ConfigurationTest.container(docs, service);
            JsonNode containerPort = container.path("ports").get(0);
            assertEquals(port, containerPort.path("containerPort").asInt(), service + "'s containerPort");
            String portName = containerPort.path("name").asText();
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                JsonNode probePort = container.path(probe).path("httpGet").path("port");
                assertTrue(probePort.asText().equals(portName) || probePort.asInt() == port,
                        service + "'s " + probe + " asks port " + probePort + ", not the application's");
            }
            JsonNode servicePort = Kustomize.find(docs, "Service", service).orElseThrow()
                    .node().path("spec").path("ports").get(0);
            assertEquals(port, servicePort.path("port").asInt(), service + "'s Service port");
            JsonNode target = servicePort.path("targetPort");
            assertTrue(target.asText().equals(portName) || target.asInt() == port, service + "'s Service targetPort");
            JsonNode annotations = Kustomize.find(docs, "Deployment", service).orElseThrow()
                    .node().path("spec").path("template").path("metadata").path("annotations");
            assertEquals(String.valueOf(port), annotations.path("prometheus.io/port").asText(),
                    service + ": Prometheus would scrape another port");
            assertEquals("/q/metrics", annotations.path("prometheus.io/path").asText(), service + "'s metrics path");
        }
    }

    @Test
    void kafkaAndPostgresPublishTheLocalStackPorts() {
        LocalStack.Port kafka = LocalStack.scriptPort("KAFKA_PORT");
        List<Compose.PortMapping> kafkaPorts = Compose.ports("kafka");
        assertEquals(1, kafkaPorts.size(), "Kafka publishes one port");
        assertEquals("${" + kafka.variable() + ":-" + kafka.defaultPort() + "}", kafkaPorts.get(0).host());
        String advertised = Compose.service("kafka").path("environment").path("KAFKA_ADVERTISED_LISTENERS").asText();
        assertTrue(advertised.contains("://localhost:${" + kafka.variable() + ":-" + kafka.defaultPort() + "}"),
                "clients on the host must be told the published address, not the container's: " + advertised);
        String listeners = Compose.service("kafka").path("environment").path("KAFKA_LISTENERS").asText();
        assertTrue(listeners.contains("://:" + kafkaPorts.get(0).container()),
                "the published container port " + kafkaPorts.get(0).container() + " is no listener: " + listeners);

        LocalStack.Port postgres = LocalStack.scriptPort("PG_PORT");
        List<Compose.PortMapping> postgresPorts = Compose.ports("postgres");
        assertEquals(1, postgresPorts.size(), "PostgreSQL publishes one port");
        assertEquals("${" + postgres.variable() + ":-" + postgres.defaultPort() + "}", postgresPorts.get(0).host());
        assertEquals(5432, postgresPorts.get(0).container());
    }
}

package dev.shelfwise.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
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
 * Every environment variable that docker-compose.yml and the Kubernetes ConfigMaps and Secrets give a service sets a
 * property the service declares (application.properties or a {@code @ConfigMapping}) or that its image reads; every
 * setting the service needs from a deployment is given; and the values point at things that exist.
 */
class ConfigurationTest {
    private static final Pattern JDBC = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/(\\w+)");

    /** What Kubernetes gives a service's container: ConfigMap data and Secret keys (by envFrom) and env entries. */
    private static Map<String, String> kubernetesEnvironment(String service) {
        List<Yaml.Doc> docs = Kustomize.resources(Kustomize.LOCAL);
        Map<String, Set<String>> secrets = Kustomize.generated(Kustomize.LOCAL, "secretGenerator");
        JsonNode container = container(docs, service);
        Map<String, String> environment = new LinkedHashMap<>();
        for (JsonNode source : container.path("envFrom")) {
            if (source.has("configMapRef")) {
                String name = source.path("configMapRef").path("name").asText();
                Yaml.Doc configMap = Kustomize.find(docs, "ConfigMap", name)
                        .orElseThrow(() -> new AssertionError(service + " reads ConfigMap " + name + ", which does not exist"));
                Yaml.fields(configMap.node().path("data")).forEach(entry -> environment.put(entry.getKey(), entry.getValue().asText()));
            }
            if (source.has("secretRef")) {
                String name = source.path("secretRef").path("name").asText();
                Set<String> keys = secrets.get(name);
                assertTrue(keys != null, service + " reads Secret " + name + ", which " + Kustomize.LOCAL + " does not generate");
                keys.forEach(key -> environment.put(key, "(secret)"));
            }
        }
        for (JsonNode variable : container.path("env")) {
            environment.put(variable.path("name").asText(), variable.path("value").asText("(from a reference)"));
        }
        return environment;
    }

    static JsonNode container(List<Yaml.Doc> docs, String service) {
        Yaml.Doc deployment = Kustomize.find(docs, "Deployment", service)
                .orElseThrow(() -> new AssertionError("no Deployment " + service));
        for (JsonNode container : deployment.node().path("spec").path("template").path("spec").path("containers")) {
            if (container.path("name").asText().equals(service)) {
                return container;
            }
        }
        throw new AssertionError(deployment + " has no container named " + service);
    }

    @Test
    void composeVariablesSetPropertiesTheServicesDeclare() {
        for (String service : LocalStack.services()) {
            ServiceConfig config = ServiceConfig.of(service);
            Map<String, String> environment = Compose.environment(service);
            assertFalse(environment.isEmpty(), service + " has no environment in docker-compose.yml");
            environment.keySet().forEach(variable -> assertTrue(config.knowsEnv(variable), "docker-compose.yml gives "
                    + service + " " + variable + ", which sets no property of its application.properties or"
                    + " @ConfigMapping interfaces"));
        }
    }

    @Test
    void kubernetesConfigMapsAndSecretsSetPropertiesTheServicesDeclare() {
        for (String service : LocalStack.services()) {
            ServiceConfig config = ServiceConfig.of(service);
            Map<String, String> environment = kubernetesEnvironment(service);
            assertFalse(environment.isEmpty(), service + " gets no configuration on Kubernetes");
            environment.keySet().forEach(variable -> assertTrue(config.knowsEnv(variable), "Kubernetes gives " + service
                    + " " + variable + ", which sets no property of its application.properties or @ConfigMapping"));
        }
    }

    @Test
    void everySettingADeploymentMustGiveIsGiven() {
        for (String service : LocalStack.services()) {
            ServiceConfig config = ServiceConfig.of(service);
            List<ServiceConfig.Requirement> required = config.requiredForDeployment();
            assertEquals(config.usesKafka(), required.stream().anyMatch(requirement -> requirement.property().equals("kafka.bootstrap.servers")),
                    service + ": the packaged Kafka address should count as a setting to override, found " + required);
            for (String url : LocalStack.serviceUrls().getOrDefault(service, Map.of()).keySet()) {
                assertTrue(required.stream().anyMatch(requirement -> requirement.metBy(Set.of(url))), service + ": "
                        + url + ", which ./shelfwise gives it, should count as a setting to override, found " + required);
            }
            Set<String> compose = Compose.environment(service).keySet();
            Set<String> kubernetes = kubernetesEnvironment(service).keySet();
            for (ServiceConfig.Requirement requirement : required) {
                assertTrue(requirement.metBy(compose), "docker-compose.yml does not give " + service + " "
                        + requirement.property() + " (" + requirement.reason() + ")");
                assertTrue(requirement.metBy(kubernetes), "Kubernetes does not give " + service + " "
                        + requirement.property() + " (" + requirement.reason() + ")");
            }
        }
    }

    @Test
    void secretsStayOutOfConfigMaps() {
        for (Yaml.Doc configMap : Kustomize.ofKind(Kustomize.resources(Kustomize.LOCAL), "ConfigMap")) {
            Set<String> secretKeys = ServiceConfig.secretKeys(new LinkedHashSet<>(Yaml.fieldNames(configMap.node().path("data"))));
            assertEquals(Set.of(), secretKeys, configMap + " holds secrets: move them to a Secret");
        }
    }

    @Test
    void kafkaAddressesReachTheBroker() {
        JsonNode kafka = Compose.service("kafka").path("environment");
        String advertised = Compose.defaults(kafka.path("KAFKA_ADVERTISED_LISTENERS").asText());
        List<Yaml.Doc> docs = Kustomize.resources(Kustomize.BASE);
        Yaml.Doc cluster = Kustomize.ofKind(docs, "Kafka").get(0);
        Set<String> bootstrap = new LinkedHashSet<>();
        for (JsonNode listener : cluster.node().path("spec").path("kafka").path("listeners")) {
            if (listener.path("type").asText().equals("internal") && !listener.path("tls").asBoolean()) {
                bootstrap.add(cluster.name() + "-kafka-bootstrap:" + listener.path("port").asInt());
            }
        }
        int kafkaUsers = 0;
        for (String service : LocalStack.services()) {
            if (!ServiceConfig.of(service).usesKafka()) {
                assertFalse(Compose.environment(service).containsKey("KAFKA_BOOTSTRAP_SERVERS"), service + " uses no Kafka");
                assertFalse(kubernetesEnvironment(service).containsKey("KAFKA_BOOTSTRAP_SERVERS"), service + " uses no Kafka");
                continue;
            }
            kafkaUsers++;
            String composeAddress = Compose.environment(service).get("KAFKA_BOOTSTRAP_SERVERS");
            assertTrue(composeAddress != null && advertised.contains("://" + composeAddress), "docker-compose.yml: "
                    + service + " uses Kafka at " + composeAddress + ", not an advertised listener of " + advertised);
            assertFalse(composeAddress.startsWith("localhost"), service + " would look for Kafka in its own container");
            String kubernetesAddress = kubernetesEnvironment(service).get("KAFKA_BOOTSTRAP_SERVERS");
            assertTrue(bootstrap.contains(kubernetesAddress), "Kubernetes: " + service + " uses Kafka at "
                    + kubernetesAddress + "; Strimzi's plain bootstrap service is " + bootstrap);
        }
        assertTrue(kafkaUsers >= 4, "expected the four services to use Kafka, found " + kafkaUsers);
    }

    @Test
    void databaseUrlsNameTheServicesOwnDatabase() {
        List<Yaml.Doc> local = Kustomize.resources(Kustomize.LOCAL);
        for (String service : LocalStack.services()) {
            ServiceConfig config = ServiceConfig.of(service);
            assertEquals(config.hasDatasource(), LocalStack.database(service).isPresent(),
                    service + ": ./shelfwise's SERVICE_DB and the service's datasource disagree");
            if (!config.hasDatasource()) {
                assertFalse(Compose.environment(service).containsKey("QUARKUS_DATASOURCE_JDBC_URL"));
                continue;
            }
            String database = LocalStack.database(service).orElseThrow();

            Matcher compose = JDBC.matcher(Compose.environment(service).getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", ""));
            assertTrue(compose.matches(), service + ": no PostgreSQL JDBC URL in docker-compose.yml");
            assertEquals(database, compose.group(3), service + "'s database in docker-compose.yml");
            assertTrue(Compose.serviceNames().contains(compose.group(1)), service + " reaches PostgreSQL at "
                    + compose.group(1) + ", not a compose service");
            assertTrue(Compose.service(compose.group(1)).path("image").asText().startsWith("postgres:"));

            Matcher kubernetes = JDBC.matcher(kubernetesEnvironment(service).getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", ""));
            assertTrue(kubernetes.matches(), service + ": no PostgreSQL JDBC URL on Kubernetes");
            assertEquals(database, kubernetes.group(3), service + "'s database on Kubernetes");
            assertServicePort(local, kubernetes.group(1), Integer.parseInt(kubernetes.group(2)), service);
        }
    }

    @Test
    void theDatabaseScriptCreatesExactlyTheServicesDatabases() {
        String script = Repo.read("deploy/postgres/init-databases.sql");
        Set<String> created = new LinkedHashSet<>();
        Matcher matcher = Pattern.compile("(?im)^\\s*CREATE DATABASE\\s+(\\w+)\\s*;").matcher(script);
        while (matcher.find()) {
            created.add(matcher.group(1));
        }
        assertEquals(new LinkedHashSet<>(LocalStack.serviceDatabases().values()), created,
                "deploy/postgres/init-databases.sql against ./shelfwise's SERVICE_DB");
        String mount = Compose.service("postgres").path("volumes").toString();
        assertTrue(mount.contains("./deploy/postgres/init-databases.sql:/docker-entrypoint-initdb.d/"),
                "docker-compose.yml must run deploy/postgres/init-databases.sql on a new database");
    }

    @Test
    void httpUrlsBetweenServicesPointAtTheServicesPorts() {
        List<Yaml.Doc> local = Kustomize.resources(Kustomize.LOCAL);
        int checked = 0;
        for (String service : LocalStack.services()) {
            for (Map.Entry<String, String> entry : Compose.environment(service).entrySet()) {
                if (entry.getValue().startsWith("http://")) {
                    URI uri = URI.create(entry.getValue());
                    assertTrue(LocalStack.services().contains(uri.getHost()), entry + " of " + service
                            + " names no Shelfwise service");
                    assertEquals(ServiceConfig.of(uri.getHost()).httpPort(), uri.getPort(), entry + " of " + service);
                    checked++;
                }
            }
            for (Map.Entry<String, String> entry : kubernetesEnvironment(service).entrySet()) {
                if (entry.getValue().startsWith("http://")) {
                    URI uri = URI.create(entry.getValue());
                    assertServicePort(local, uri.getHost(), uri.getPort(), service);
                    checked++;
                }
            }
        }
        assertTrue(checked >= 10, "expected matrix-service's URL of metrics-service and the dashboard's four, in"
                + " compose and Kubernetes");
    }

    /**
     * The addresses of other services are those ./shelfwise's service_start passes, in compose and on Kubernetes
     * alike, each naming the same service; and every packaged default URL on the developer's machine is one of them,
     * on the port of that service.
     */
    @Test
    void serviceUrlsAreTheOnesTheScriptPasses() {
        List<Yaml.Doc> local = Kustomize.resources(Kustomize.LOCAL);
        Map<String, Map<String, String>> scriptUrls = LocalStack.serviceUrls();
        assertTrue(scriptUrls.getOrDefault("dashboard", Map.of()).size() >= 4, "the dashboard reads the four services: " + scriptUrls);
        for (String service : LocalStack.services()) {
            Map<String, String> expected = scriptUrls.getOrDefault(service, Map.of());
            Map<String, Map<String, String>> deployed = Map.of("docker-compose.yml", Compose.environment(service),
                    "Kubernetes", kubernetesEnvironment(service));
            deployed.forEach((where, environment) -> {
                Set<String> given = new TreeSet<>();
                environment.forEach((variable, value) -> {
                    if (value.startsWith("http://")) {
                        given.add(variable);
                    }
                });
                assertEquals(new TreeSet<>(expected.keySet()), given,
                        where + ": the service URLs " + service + " gets against ./shelfwise's service_start");
                expected.forEach((variable, target) -> assertEquals(
                        "http://" + target + ":" + ServiceConfig.of(target).httpPort(), environment.get(variable),
                        where + ": " + service + "'s " + variable + " must reach " + target));
            });
            expected.values().forEach(target -> assertServicePort(local, target, ServiceConfig.of(target).httpPort(), service));

            ServiceConfig config = ServiceConfig.of(service);
            config.loopbackDefaults().forEach((property, value) -> {
                if (!value.startsWith("http://")) {
                    return;
                }
                String variable = Names.env(property);
                assertTrue(expected.containsKey(variable), service + "'s " + property + " defaults to " + value
                        + ", but ./shelfwise does not pass " + variable + " (so compose and Kubernetes need not)");
                int port = URI.create(value).getPort();
                assertEquals(ServiceConfig.of(expected.get(variable)).httpPort(), port, service + "'s " + property
                        + " defaults to " + value + ", not the port of " + expected.get(variable));
            });
        }
    }

    private static void assertServicePort(List<Yaml.Doc> docs, String host, int port, String user) {
        Yaml.Doc target = Kustomize.find(docs, "Service", host)
                .orElseThrow(() -> new AssertionError(user + " connects to " + host + ", which is no Service"));
        boolean exposes = false;
        for (JsonNode servicePort : target.node().path("spec").path("ports")) {
            exposes |= servicePort.path("port").asInt() == port;
        }
        assertTrue(exposes, user + " connects to " + host + ":" + port + ", a port " + target + " does not expose");
    }
}

package dev.shelfwise.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.io.File;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The whole docker-compose.yml stack, end to end: one order posted to order-ingest is read back as sales from
 * metrics-service. For machines WITH a Docker engine and the compose plugin only (none on the project's machines):
 *
 * <pre>
 *   mvn -B package -DskipTests                      # the services' fast-jars, which the images copy
 *   mvn -B -pl deploy-checks -am -Pdocker verify    # builds the images and starts the stack
 * </pre>
 *
 * The stack publishes the local stack's ports (8081-8084, 9092, 15432): stop ./shelfwise first.
 */
@Testcontainers(disabledWithoutDocker = true)
class ComposeStackIT {
    private static final Path ROOT = Path.of(System.getProperty("shelfwise.root", "..")).toAbsolutePath().normalize();
    private static final Duration START = Duration.ofMinutes(5);

    /** Without an image name, Testcontainers runs the machine's own `docker compose` (which builds the images). */
    @Container
    static final ComposeContainer STACK = new ComposeContainer(new File(ROOT.toFile(), "docker-compose.yml"))
            .withBuild(true)
            .withExposedService("order-ingest-1", 8081, Wait.forHttp("/q/health/ready").withStartupTimeout(START))
            .withExposedService("metrics-service-1", 8082, Wait.forHttp("/q/health/ready").withStartupTimeout(START));

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anOrderPostedToIngestBecomesSalesInMetricsService() throws Exception {
        String ingest = "http://" + STACK.getServiceHost("order-ingest-1", 8081) + ":" + STACK.getServicePort("order-ingest-1", 8081);
        String metrics = "http://" + STACK.getServiceHost("metrics-service-1", 8082) + ":" + STACK.getServicePort("metrics-service-1", 8082);
        OffsetDateTime placedAt = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).truncatedTo(ChronoUnit.SECONDS);
        String category = "compose-" + UUID.randomUUID().toString().substring(0, 8);
        String order = """
                [{"orderId": "O-%s", "customerId": "C-compose", "placedAt": "%s", "currency": "USD", "channel": "onsite",
                  "lines": [{"sku": "SKU-COMPOSE", "category": "%s", "quantity": 2, "unitPrice": "39.90"}]}]
                """.formatted(UUID.randomUUID(), placedAt, category);

        // the local stack's platform "demo" with token "demo-token", the compose default
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(ingest + "/v1/orders"))
                .header("Authorization", "Bearer demo-token")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(order))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, posted.statusCode(), posted.body());
        assertEquals(1, json.readTree(posted.body()).path("accepted").asInt(), posted.body());

        LocalDate day = placedAt.toLocalDate();
        URI trend = URI.create(metrics + "/v1/trends?category=" + category + "&from=" + day + "&to=" + day);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(trend).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            last = answer.statusCode() + " " + answer.body();
            if (answer.statusCode() == 200) {
                JsonNode sales = json.readTree(answer.body()).path("sales");
                if (sales.isNumber() || sales.isTextual()) {
                    if (new BigDecimal(sales.asText()).compareTo(new BigDecimal("79.80")) == 0) {
                        return;
                    }
                }
            }
            Thread.sleep(500);
        }
        fail("metrics-service never showed the order's 79.80 of sales in " + category + "; last answer: " + last);
    }
}

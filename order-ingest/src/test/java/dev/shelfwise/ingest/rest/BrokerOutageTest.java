package dev.shelfwise.ingest.rest;

import dev.shelfwise.contracts.Topics;
import dev.shelfwise.ingest.Samples;
import dev.shelfwise.ingest.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Stops the shared test broker while ingest runs: requests answer 503 with Retry-After, never 2xx; after the broker
 * is back they succeed, and every acknowledged order is in the topic.
 */
@QuarkusTest
class BrokerOutageTest {
    private static final Duration RECOVERY = Duration.ofSeconds(90);

    @Test
    void noAcknowledgedOrderIsLostAcrossABrokerRestart() throws Exception {
        List<String> acknowledged = new ArrayList<>();
        try (TopicProbe probe = TopicProbe.onTopic(Topics.ORDERS)) {
            String before = Samples.uniqueId("OUT");
            assertEquals(202, post(before).statusCode());
            acknowledged.add(before);

            broker("stop");
            String during = Samples.uniqueId("OUT");
            try {
                Response refused = post(during);
                assertEquals(503, refused.statusCode(), refused.asString());
                assertNotNull(refused.header("Retry-After"));
                assertTrue(refused.asString().contains("retry"), refused.asString());
            } finally {
                broker("start");
            }

            // the client's retry loop: only 202 or 503 may ever be answered
            long deadline = System.nanoTime() + RECOVERY.toNanos();
            for (String id : List.of(during, Samples.uniqueId("OUT"))) {
                int status;
                do {
                    status = post(id).statusCode();
                    assertTrue(status == 202 || status == 503, "unexpected status " + status);
                    if (status == 503) {
                        TimeUnit.MILLISECONDS.sleep(500);
                    }
                } while (status != 202 && System.nanoTime() < deadline);
                assertEquals(202, status, "ingest did not recover within " + RECOVERY);
                acknowledged.add(id);
            }

            var records = probe.readUntil(r -> acknowledged.stream()
                    .allMatch(id -> !TopicProbe.withEventId(r, e -> e.endsWith(id)).isEmpty()), Duration.ofSeconds(30));
            for (String id : acknowledged) {
                assertTrue(!TopicProbe.withEventId(records, e -> e.endsWith(id)).isEmpty(), "acknowledged " + id + " is in Kafka");
            }
        }
    }

    private static Response post(String orderId) {
        return given().header("Authorization", IngestRoundTripTest.TOKEN_A).contentType(ContentType.JSON)
                .body("[" + Samples.order(orderId, "C-outage") + "]")
                .when().post("/v1/orders");
    }

    /** Stops or starts the shared test broker through the stack script that started it. */
    private static void broker(String action) throws IOException, InterruptedException {
        String script = System.getenv("SHELFWISE_SCRIPT");
        if (script == null || !Files.isExecutable(Path.of(script))) {
            fail("SHELFWISE_SCRIPT is not set: run the tests with ./shelfwise test, which owns the test broker");
        }
        Process process = new ProcessBuilder(script, "kafka", action).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "kafka " + action + " timed out");
        assertEquals(0, process.exitValue(), "kafka " + action + ": " + output);
    }
}

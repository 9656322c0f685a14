package dev.shelfwise.matrix.events;

import dev.shelfwise.contracts.OrderEvent;
import dev.shelfwise.contracts.OrderLine;
import dev.shelfwise.contracts.Topics;
import dev.shelfwise.matrix.Poll;
import dev.shelfwise.matrix.TestFeed;
import dev.shelfwise.matrix.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database going away for longer than matrix-service used to retry (5 retries 1 s apart, about 12 s with the
 * failing attempts): readiness says DOWN meanwhile, the order waits and is counted once the database is back, and
 * nothing valid goes to orders.v1-dlq.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.ThroughProxy.class)
class DatabaseOutageTest {
    private static final Duration OUTAGE = Duration.ofSeconds(20);

    /** The service reaches PostgreSQL through the relay, so the test can cut it off. */
    public static class ThroughProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String server = System.getenv().getOrDefault("SHELFWISE_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:25432/");
            return Map.of("quarkus.datasource.jdbc.url",
                    "jdbc:postgresql://127.0.0.1:" + DatabaseProxy.start(server) + "/shelfwise_matrix");
        }
    }

    @AfterEach
    void restore() {
        DatabaseProxy.cutOff(false);
    }

    private static OrderEvent order(String customer, String... skus) {
        List<OrderLine> lines = Arrays.stream(skus).map(sku -> new OrderLine(sku, "outage", 1, BigDecimal.ONE, null, null)).toList();
        return new OrderEvent(TestFeed.unique("O"), TestFeed.PLATFORM, customer, OffsetDateTime.now(ZoneOffset.UTC), "USD",
                "onsite", null, lines);
    }

    private static int readiness() {
        return given().when().get("/q/health/ready").then().extract().statusCode();
    }

    /** The SKU's orders, or -1 while the service cannot answer. */
    private static long skuOrders(String sku) {
        var answer = given().when().get("/v1/products/" + sku + "/bought-together").then().extract();
        return answer.statusCode() == 200 ? answer.jsonPath().getLong("skuOrders") : -1;
    }

    @Test
    void anOutageDelaysAnOrderAndNeverDeadLettersIt() throws InterruptedException {
        String p = TestFeed.unique("p");
        String q = TestFeed.unique("q");
        String customer = TestFeed.unique("C"); // one key, one partition: the marker comes after the order
        byte[] marker = ("not json " + customer).getBytes(StandardCharsets.UTF_8);
        assertEquals(200, readiness());
        try (TopicProbe dlq = TopicProbe.onTopic(Topics.ORDERS + "-dlq"); TestFeed feed = new TestFeed()) {
            long cutAt = System.nanoTime();
            DatabaseProxy.cutOff(true);
            feed.order(order(customer, p, q));
            int down = Poll.until(DatabaseOutageTest::readiness, status -> status == 503);
            assertEquals(503, down, "readiness DOWN while the database is unreachable");
            Thread.sleep(Math.max(0, OUTAGE.toMillis() - Duration.ofNanos(System.nanoTime() - cutAt).toMillis()));
            DatabaseProxy.cutOff(false);

            assertEquals(1, Poll.until(() -> skuOrders(p), orders -> orders == 1), "the order counts once the database is back");
            assertEquals(200, (int) Poll.until(DatabaseOutageTest::readiness, status -> status == 200), "readiness UP again");
            feed.raw(Topics.ORDERS, customer, marker);
            List<ConsumerRecord<String, byte[]>> letters = TopicProbe.withKey(dlq.readUntil(records ->
                    TopicProbe.withKey(records, customer).stream().anyMatch(r -> Arrays.equals(marker, r.value()))), customer);
            assertTrue(letters.stream().anyMatch(r -> Arrays.equals(marker, r.value())), "the unreadable marker is dead-lettered");
            assertEquals(1, letters.size(), "only the marker went to the dead-letter topic, not the order");
        }
    }
}

package dev.shelfwise.ingest.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shelfwise.contracts.EventJson;
import dev.shelfwise.contracts.EventType;
import dev.shelfwise.contracts.OrderEvent;
import dev.shelfwise.contracts.Topics;
import dev.shelfwise.ingest.Samples;
import dev.shelfwise.ingest.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Events posted over HTTP are read back from the real broker with a plain consumer: topic, key, headers, content. */
@QuarkusTest
class IngestRoundTripTest {
    static final String TOKEN_A = "Bearer shop-a-token";
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypeLandsOnItsTopicWithItsKey(EventType type) throws Exception {
        String id = Samples.uniqueId("RT");
        try (TopicProbe probe = TopicProbe.onTopic(type.topic())) {
            given().header("Authorization", TOKEN_A).contentType(ContentType.JSON)
                    .body("[" + Samples.item(type, id) + "]")
                    .when().post("/v1/" + type.path())
                    .then().statusCode(202).body("accepted", equalTo(1)).body("rejected", hasSize(0));

            List<ConsumerRecord<String, byte[]>> mine = TopicProbe.withEventId(
                    probe.readUntil(records -> !TopicProbe.withEventId(records, e -> e.contains(id)).isEmpty(), READ_TIMEOUT),
                    e -> e.contains(id));
            assertEquals(1, mine.size(), "exactly one record for " + id);
            ConsumerRecord<String, byte[]> record = mine.get(0);
            assertEquals(expectedKey(type, id), record.key());
            assertEquals(type.label(), TopicProbe.header(record, Topics.HEADER_EVENT_TYPE));
            assertEquals("shop-a", TopicProbe.header(record, Topics.HEADER_PLATFORM));
            String eventId = TopicProbe.header(record, Topics.HEADER_EVENT_ID);
            assertTrue(type.isSnapshot() ? eventId.contains(id + "#") || eventId.contains(id + "@") : eventId.endsWith(":" + id),
                    eventId);

            JsonNode sent = JSON.readTree(Samples.item(type, id));
            JsonNode written = JSON.readTree(record.value());
            assertEquals("shop-a", written.get("platform").asText());
            sent.fieldNames().forEachRemaining(field -> assertTrue(written.has(field), "field " + field + " kept"));
        }
    }

    private static String expectedKey(EventType type, String id) {
        return switch (type) {
            case ORDER -> "C-" + id;
            case REFUND -> "O-" + id;
            case CATALOG, INVENTORY, TRAFFIC, AD_SPEND -> id;
            case PURCHASE_ORDER -> "BK-001";
        };
    }

    @Test
    void orderContentIsExactAndReadableAsTheContract() {
        String id = Samples.uniqueId("EXACT");
        try (TopicProbe probe = TopicProbe.onTopic(Topics.ORDERS)) {
            given().header("Authorization", TOKEN_A).contentType(ContentType.JSON)
                    .body("[" + Samples.order(id, "C-exact") + "]")
                    .when().post("/v1/orders").then().statusCode(202);
            ConsumerRecord<String, byte[]> record = TopicProbe.withEventId(probe.readUntil(
                    records -> !TopicProbe.withEventId(records, e -> e.endsWith(id)).isEmpty(), READ_TIMEOUT),
                    e -> e.endsWith(id)).get(0);
            OrderEvent order = EventJson.read(record.value(), OrderEvent.class);
            assertEquals(id, order.orderId());
            assertEquals("CNY", order.currency());
            assertEquals(2, order.lines().size());
            assertEquals(new BigDecimal("74.80"), order.lines().get(0).netAmount());
            assertEquals(new BigDecimal("120"), order.lines().get(1).netAmount());
            assertEquals("+08:00", order.placedAt().getOffset().getId());
        }
    }

    @Test
    void ndjsonBodiesAreAccepted() {
        String first = Samples.uniqueId("ND");
        String second = Samples.uniqueId("ND");
        given().header("Authorization", TOKEN_A).contentType("application/x-ndjson")
                .body((Samples.order(first, "C-nd").replace("\n", " ") + "\n"
                        + Samples.order(second, "C-nd").replace("\n", " ") + "\n").getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/orders")
                .then().statusCode(202).body("accepted", equalTo(2));
    }

    @Test
    void aMixedBatchAcceptsTheValidItemsAndListsTheOthers() {
        String good = Samples.uniqueId("MIX");
        String bad = Samples.uniqueId("MIX");
        try (TopicProbe probe = TopicProbe.onTopic(Topics.ORDERS)) {
            given().header("Authorization", TOKEN_A).contentType(ContentType.JSON)
                    .body("[" + Samples.order(good, "C-mix") + ","
                            + Samples.order(bad, "C-mix").replace("\"quantity\": 2", "\"quantity\": -2") + "]")
                    .when().post("/v1/orders")
                    .then().statusCode(202)
                    .body("accepted", equalTo(1))
                    .body("rejected", hasSize(1))
                    .body("rejected[0].index", equalTo(1))
                    .body("rejected[0].id", equalTo(bad))
                    .body("rejected[0].errors[0].field", equalTo("lines[0].quantity"));
            var records = probe.readUntil(r -> !TopicProbe.withEventId(r, e -> e.endsWith(good)).isEmpty(), READ_TIMEOUT);
            assertEquals(1, TopicProbe.withEventId(records, e -> e.endsWith(good)).size());
            assertEquals(0, TopicProbe.withEventId(records, e -> e.endsWith(bad)).size());
        }
    }

    @Test
    void aResubmittedOrderCarriesTheSameKeyAndEventId() {
        String id = Samples.uniqueId("DUP");
        try (TopicProbe probe = TopicProbe.onTopic(Topics.ORDERS)) {
            for (int attempt = 0; attempt < 2; attempt++) {
                given().header("Authorization", TOKEN_A).contentType(ContentType.JSON)
                        .body("[" + Samples.order(id, "C-dup") + "]")
                        .when().post("/v1/orders").then().statusCode(202);
            }
            var mine = TopicProbe.withEventId(
                    probe.readUntil(r -> TopicProbe.withEventId(r, e -> e.endsWith(id)).size() == 2, READ_TIMEOUT),
                    e -> e.endsWith(id));
            assertEquals(2, mine.size());
            assertEquals(mine.get(0).key(), mine.get(1).key());
            assertEquals(mine.get(0).partition(), mine.get(1).partition());
            assertEquals("order:shop-a:" + id, TopicProbe.header(mine.get(1), Topics.HEADER_EVENT_ID));
        }
    }

    @Test
    void acceptedAndRejectedCountsAreExportedToPrometheus() {
        given().header("Authorization", TOKEN_A).contentType(ContentType.JSON)
                .body("[" + Samples.order(Samples.uniqueId("M"), "C-m") + "]")
                .when().post("/v1/orders").then().statusCode(202);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("shelfwise_ingest_events_total{outcome=\"accepted\",type=\"orders\"}"), "accepted counter");
        assertTrue(metrics.contains("shelfwise_ingest_events_total{outcome=\"rejected\",type=\"orders\"}"), "rejected counter");
        assertTrue(metrics.contains("http_server_requests_seconds_count"), "request latency");
    }
}

package dev.shelfwise.ingest.connectors.rest;

import dev.shelfwise.contracts.EventJson;
import dev.shelfwise.contracts.OrderEvent;
import dev.shelfwise.contracts.RefundEvent;
import dev.shelfwise.contracts.Topics;
import dev.shelfwise.ingest.TopicProbe;
import dev.shelfwise.ingest.connectors.Fixtures;
import dev.shelfwise.ingest.connectors.WebhookSignature;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shopify's payloads, signed as Shopify signs them, posted to the webhook endpoint and read back from the broker. */
@QuarkusTest
class ShopifyWebhookTest {
    static final String SECRET = "shop-a-shopify-secret";
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);
    /** Long enough for a record that was (wrongly) written to show up on the topic. */
    private static final Duration ABSENCE_WAIT = Duration.ofSeconds(3);

    /** This test's copy of the fixtures: its own order, refund, customer and SKU, so runs never meet. */
    private final String orderId = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L));
    private final String refundId = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L));
    private final String sku = "LS-" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> mine = Map.of("5120001", orderId, "9100001", refundId, "LS-BLUE-M", sku);

    private String fixture(String name) {
        return Fixtures.text("shopify/" + name, mine);
    }

    static ValidatableResponse post(String platform, String topic, String body, String secret, String deliveryId) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var request = given().contentType("application/json").header("X-Shopify-Topic", topic)
                .header("X-Shopify-Shop-Domain", "shelf-shop.myshopify.com")
                .header("X-Shopify-Webhook-Id", deliveryId).body(bytes);
        if (secret != null) {
            request.header("X-Shopify-Hmac-Sha256", WebhookSignature.sign(secret, bytes));
        }
        return request.when().post("/v1/webhooks/shopify/" + platform).then();
    }

    private static String delivery() {
        return UUID.randomUUID().toString();
    }

    @Test
    void aProductThenAnOrderLandAsV1EventsWithTheProductsCategory() {
        post("shop-a", "products/create", fixture("products-create.json"), SECRET, delivery())
                .statusCode(200).body("accepted", equalTo(2));
        try (TopicProbe probe = TopicProbe.onTopic(Topics.ORDERS)) {
            post("shop-a", "orders/create", fixture("orders-create.json"), SECRET, delivery())
                    .statusCode(200).body("topic", equalTo("orders/create")).body("accepted", equalTo(1));
            List<ConsumerRecord<String, byte[]>> records = read(probe, "order:shop-a:" + orderId, 1);
            assertEquals(1, records.size());
            assertEquals("7001", records.get(0).key(), "keyed by the customer");
            OrderEvent order = EventJson.read(records.get(0).value(), OrderEvent.class);
            assertEquals(sku, order.lines().get(0).sku());
            assertEquals("apparel", order.lines().get(0).category(), "learnt from products/create");
            assertEquals("shop-a", order.platform());
            assertEquals(2, order.lines().size());
        }
    }

    @Test
    void aRefundLandsOnRefundsV1KeyedByItsOrder() {
        try (TopicProbe probe = TopicProbe.onTopic(Topics.REFUNDS)) {
            post("shop-a", "refunds/create", fixture("refunds-create.json"), SECRET, delivery())
                    .statusCode(200).body("accepted", equalTo(1));
            List<ConsumerRecord<String, byte[]>> records = read(probe, "refund:shop-a:" + refundId, 1);
            assertEquals(orderId, records.get(0).key());
            RefundEvent refund = EventJson.read(records.get(0).value(), RefundEvent.class);
            assertEquals("MUG-11", refund.lines().get(0).sku());
        }
    }

    @Test
    void aBadSignatureGets401AndNothingIsWritten() {
        try (TopicProbe probe = TopicProbe.onTopic(Topics.ORDERS)) {
            String body = fixture("orders-create.json");
            post("shop-a", "orders/create", body, "not-the-secret", delivery()).statusCode(401)
                    .body("message", containsString("X-Shopify-Hmac-Sha256"));
            post("shop-a", "orders/create", body, null, delivery()).statusCode(401);
            post("shop-b", "orders/create", body, SECRET, delivery()).statusCode(401); // shop-b has its own secret
            post("shop-unknown", "orders/create", body, SECRET, delivery()).statusCode(401);
            // a body changed after signing: the signature of the original on a forged total
            byte[] forged = body.replace("\"price\": \"40.00\"", "\"price\": \"0.01\"").getBytes(StandardCharsets.UTF_8);
            given().contentType("application/json").header("X-Shopify-Topic", "orders/create")
                    .header("X-Shopify-Hmac-Sha256", WebhookSignature.sign(SECRET, body.getBytes(StandardCharsets.UTF_8)))
                    .body(forged).when().post("/v1/webhooks/shopify/shop-a").then().statusCode(401);
            var seen = probe.readUntil(records -> false, ABSENCE_WAIT);
            assertTrue(TopicProbe.withEventId(seen, id -> id.endsWith(":" + orderId)).isEmpty(), "nothing written");
        }
    }

    @Test
    void aReplayedDeliveryIsAnsweredAsADuplicateAndWrittenOnce() {
        try (TopicProbe probe = TopicProbe.onTopic(Topics.ORDERS)) {
            String delivery = delivery();
            post("shop-a", "orders/create", fixture("orders-create.json"), SECRET, delivery).statusCode(200)
                    .body("accepted", equalTo(1));
            post("shop-a", "orders/create", fixture("orders-create.json"), SECRET, delivery).statusCode(200)
                    .body("duplicate", equalTo(true)).body("accepted", equalTo(0));
            // the same order in another delivery (orders/updated) is written with the same event id: consumers drop it
            post("shop-a", "orders/updated", fixture("orders-create.json"), SECRET, delivery()).statusCode(200)
                    .body("accepted", equalTo(1));
            List<ConsumerRecord<String, byte[]>> records = read(probe, "order:shop-a:" + orderId, 2);
            assertEquals(2, records.size(), "the replay was not written; the update was, under the same id");
            assertEquals(TopicProbe.header(records.get(0), Topics.HEADER_EVENT_ID),
                    TopicProbe.header(records.get(1), Topics.HEADER_EVENT_ID));
        }
    }

    @Test
    void aPayloadThatMakesNoValidEventIs422AndIgnoredTopicsAre200() {
        String noCurrency = fixture("orders-create.json").replace("\"currency\": \"USD\",", "");
        post("shop-a", "orders/create", noCurrency, SECRET, delivery()).statusCode(422)
                .body("message", containsString("currency is required"));
        post("shop-a", "customers/create", "{\"id\": 1}", SECRET, delivery()).statusCode(200)
                .body("ignored", containsString("not one Shelfwise reads"));
        post("shop-a", "refunds/create", fixture("refunds-create-shipping-only.json"), SECRET, delivery())
                .statusCode(200).body("ignored", containsString("without line items"));
        post("shop-a", "orders/create", "{not json", SECRET, delivery()).statusCode(400);
    }

    private static List<ConsumerRecord<String, byte[]>> read(TopicProbe probe, String eventId, int count) {
        return TopicProbe.withEventId(probe.readUntil(
                records -> TopicProbe.withEventId(records, eventId::equals).size() >= count, READ_TIMEOUT), eventId::equals);
    }
}

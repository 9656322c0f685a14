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

import java.math.BigDecimal;
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

/** WooCommerce's payloads, signed as WooCommerce signs them, posted to the webhook endpoint and read back. */
@QuarkusTest
class WooCommerceWebhookTest {
    private static final String SECRET = "shop-a-woocommerce-secret";
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration ABSENCE_WAIT = Duration.ofSeconds(3);

    private final String orderId = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000L, 9_000_000L));
    private final String refundId = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000L, 9_000_000L));
    private final String mug = "MUG-" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> mine = Map.of("4120", orderId, "4133", refundId, "MUG-11", mug);

    private String fixture(String name) {
        return Fixtures.text("woocommerce/" + name, mine);
    }

    private static ValidatableResponse post(String topic, String body, String secret) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var request = given().contentType("application/json").header("X-WC-Webhook-Topic", topic)
                .header("X-WC-Webhook-Source", "https://shop.example.com/")
                .header("X-WC-Webhook-Delivery-ID", UUID.randomUUID().toString()).body(bytes);
        if (secret != null) {
            request.header("X-WC-Webhook-Signature", WebhookSignature.sign(secret, bytes));
        }
        return request.when().post("/v1/webhooks/woocommerce/shop-a").then();
    }

    @Test
    void thePingSentWhenAWebhookIsSavedIsAnswered() {
        given().contentType("application/x-www-form-urlencoded").body("webhook_id=17")
                .when().post("/v1/webhooks/woocommerce/shop-a").then().statusCode(200)
                .body("ignored", containsString("ping"));
    }

    @Test
    void aPaidOrderAndItsRefundLandAsV1Events() {
        post("product.created", fixture("product-created.json"), SECRET).statusCode(200).body("accepted", equalTo(1));
        try (TopicProbe orders = TopicProbe.onTopic(Topics.ORDERS); TopicProbe refunds = TopicProbe.onTopic(Topics.REFUNDS)) {
            post("order.created", fixture("order-created.json"), SECRET).statusCode(200).body("accepted", equalTo(1));
            post("order.updated", fixture("order-updated-refunded.json"), SECRET).statusCode(200).body("accepted", equalTo(2));
            String orderEventId = "order:shop-a:" + orderId;
            List<ConsumerRecord<String, byte[]>> written = TopicProbe.withEventId(orders.readUntil(
                    r -> TopicProbe.withEventId(r, orderEventId::equals).size() >= 2, READ_TIMEOUT), orderEventId::equals);
            assertEquals(2, written.size(), "created and updated: one event id, deduplicated downstream");
            OrderEvent order = EventJson.read(written.get(0).value(), OrderEvent.class);
            assertEquals("12", order.customerId());
            assertEquals("kitchen-dining", order.lines().get(1).category(), "learnt from product.created");
            String refundEventId = "refund:shop-a:" + refundId;
            RefundEvent refund = EventJson.read(TopicProbe.withEventId(refunds.readUntil(
                    r -> !TopicProbe.withEventId(r, refundEventId::equals).isEmpty(), READ_TIMEOUT), refundEventId::equals)
                    .get(0).value(), RefundEvent.class);
            assertEquals(0, new BigDecimal("40.00").compareTo(refund.lines().stream().map(l -> l.amount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add)));
        }
    }

    @Test
    void aBadSignatureGets401AndAnUnpaidOrderIsNotASale() {
        try (TopicProbe probe = TopicProbe.onTopic(Topics.ORDERS)) {
            post("order.created", fixture("order-created.json"), "wrong-secret").statusCode(401)
                    .body("message", containsString("X-WC-Webhook-Signature"));
            post("order.created", fixture("order-created.json"), null).statusCode(401);
            post("order.created", fixture("order-created-pending.json"), SECRET).statusCode(200)
                    .body("ignored", containsString("pending"));
            var seen = probe.readUntil(records -> false, ABSENCE_WAIT);
            assertTrue(TopicProbe.withEventId(seen, id -> id.endsWith(":" + orderId)).isEmpty(), "nothing written");
        }
    }
}

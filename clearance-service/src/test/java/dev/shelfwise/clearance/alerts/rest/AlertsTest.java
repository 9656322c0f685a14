package dev.shelfwise.clearance.alerts.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shelfwise.clearance.support.Events;
import dev.shelfwise.clearance.support.TestBroker;
import dev.shelfwise.clearance.support.TopicReader;
import dev.shelfwise.contracts.EventJson;
import dev.shelfwise.contracts.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The clearance warnings, raised from events on the real broker, listed, published to alerts.v1 and counted. */
@QuarkusTest
class AlertsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern RESTOCK_GAUGE =
            Pattern.compile("shelfwise_clearance_alerts_firing\\{[^}]*kind=\"restock-under-clearance\"[^}]*} (\\S+)");

    @Test
    void aPurchaseOrderForAClearanceSkuRaisesExactlyOneRestockAlert() {
        String sku = TestBroker.unique("RST");
        // 300 units received 150 days ago, nothing sold: under clearance
        TestBroker.awaitApplied(List.of(TestBroker.sendSnapshot(Events.inventory(sku, 300, 150, "5", "0.3", "1"))));

        List<RecordMetadata> sent = new ArrayList<>();
        sent.add(TestBroker.sendFact(Events.purchaseOrder(sku + "-PO1", sku, 500)));
        sent.add(TestBroker.sendFact(Events.purchaseOrder(sku + "-PO1", sku, 500)));  // redelivered
        sent.add(TestBroker.sendFact(Events.purchaseOrder(sku + "-PO2", sku, 200)));  // same episode
        TestBroker.awaitApplied(sent);

        List<Map<String, Object>> firing = alertsOf(sku, "firing");
        assertEquals(1, firing.size(), "one alert per SKU episode: " + firing);
        Map<String, Object> alert = firing.get(0);
        assertEquals("restock-under-clearance", alert.get("kind"));
        assertEquals("warning", alert.get("severity"));
        assertEquals("clearance-service", alert.get("source"));
        @SuppressWarnings("unchecked")
        Map<String, String> figures = (Map<String, String>) alert.get("figures");
        assertEquals("2", figures.get("purchaseOrders"), "the redelivered purchase order counts once");
        assertEquals("700", figures.get("unitsOrdered"));
        assertEquals("300", figures.get("agedUnits"));
        assertTrue(((String) alert.get("summary")).contains("restocking what you are clearing"));

        String id = (String) alert.get("id");
        List<ConsumerRecord<String, byte[]>> published = TopicReader.read(Topics.ALERTS,
                record -> id.equals(record.key()), 1, WAIT);
        assertEquals(1, published.size(), "published once to alerts.v1, keyed by its id");
        JsonNode event = json(published.get(0).value());
        assertEquals("firing", event.get("state").asText());
        assertEquals(sku, event.get("labels").get("sku").asText());

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher gauge = RESTOCK_GAUGE.matcher(metrics);
        assertTrue(gauge.find(), "the firing gauge is exported");
        assertTrue(Double.parseDouble(gauge.group(1)) >= 1, "at least this alert fires: " + gauge.group(0));

        // the stock is gone: the episode resolves (and is published resolved, same id)
        TestBroker.awaitApplied(List.of(TestBroker.sendSnapshot(Events.inventory(sku, 0, 150, "5", "0.3", "1"))));
        assertEquals(List.of(), alertsOf(sku, "firing"));
        List<Map<String, Object>> resolved = alertsOf(sku, "resolved");
        assertEquals(1, resolved.size());
        assertEquals(id, resolved.get(0).get("id"));
        assertEquals(2, TopicReader.read(Topics.ALERTS, record -> id.equals(record.key()), 2, WAIT).size());
    }

    @Test
    void aPurchaseOrderForAHealthySkuRaisesNothing() {
        String sku = TestBroker.unique("OK");
        String customer = TestBroker.unique("C");
        // 10 units received 10 days ago; 10 sold in the last 30 days: 10 / (7 × 1/3) = 4.3 weeks of cover
        List<RecordMetadata> sent = new ArrayList<>();
        sent.add(TestBroker.sendSnapshot(Events.inventory(sku, 10, 10, "5", "0.3", "1")));
        for (int i = 1; i <= 10; i++) {
            sent.add(TestBroker.sendFact(Events.order(sku + "-O" + i, customer, "onsite", sku, 1, "12", "5", i)));
        }
        TestBroker.awaitApplied(sent);
        TestBroker.awaitApplied(List.of(TestBroker.sendFact(Events.purchaseOrder(sku + "-PO", sku, 50))));

        assertEquals(List.of(), alertsOf(sku, null));
        given().when().get("/v1/clearance/skus/{sku}/channels", sku)
                .then().statusCode(200).body("needsClearance", equalTo(false));
    }

    @Test
    void sevenDaysOfAdsWithoutSalesOnPlanRaiseMoveThePrice() {
        String sku = TestBroker.unique("ADS");
        String campaign = TestBroker.unique("CAMP");
        // 400 units received 120 days ago, nothing sold: 400 to clear within 90 days is 400 × 7 / 90 = 31.11 a week
        TestBroker.awaitApplied(List.of(TestBroker.sendSnapshot(Events.inventory(sku, 400, 120, "4", "0.3", "1"))));
        List<RecordMetadata> sent = new ArrayList<>();
        for (int daysAgo = 6; daysAgo >= 0; daysAgo--) {
            sent.add(TestBroker.sendSnapshot(Events.adSpend(campaign, "ads:" + campaign, sku, daysAgo, "10", 100)));
        }
        TestBroker.awaitApplied(sent);

        List<Map<String, Object>> firing = alertsOf(sku, "firing");
        assertEquals(1, firing.size(), firing.toString());
        assertEquals("ads-only-clearance", firing.get(0).get("kind"));
        @SuppressWarnings("unchecked")
        Map<String, String> figures = (Map<String, String>) firing.get(0).get("figures");
        assertEquals("0", figures.get("unitsSold"));
        assertEquals("31.11", figures.get("plannedUnits"));
        assertTrue(((String) firing.get(0).get("summary")).startsWith("move the price"));
    }

    @Test
    void anUnknownStateIsRefused() {
        given().queryParam("state", "sleeping").when().get("/v1/alerts")
                .then().statusCode(400).body("errors[0].field", equalTo("state"));
    }

    private static List<Map<String, Object>> alertsOf(String sku, String state) {
        var request = given();
        if (state != null) {
            request = request.queryParam("state", state);
        }
        JsonPath alerts = request.when().get("/v1/alerts").then().statusCode(200).extract().jsonPath();
        return alerts.getList("findAll { it.labels.sku == '" + sku + "' }");
    }

    private static JsonNode json(byte[] value) {
        try {
            return EventJson.mapper().readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.shelfwise.clearance.alerts.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.shelfwise.alerts.delivery.testing.TestReceivers;
import dev.shelfwise.clearance.support.Events;
import dev.shelfwise.clearance.support.Poll;
import dev.shelfwise.clearance.support.TestBroker;
import dev.shelfwise.clearance.support.TestWebhooks;
import dev.shelfwise.contracts.AlertEvent;
import dev.shelfwise.contracts.EventJson;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Clearance alerts delivered to webhook receivers over the real broker and database: each receiver refuses the first
 * delivery of every transition (see {@link TestReceivers}), so each is retried, and {@code GET /v1/alerts/{id}} shows
 * every attempt. Alerts are raised by events on SKUs of this test alone.
 */
@QuarkusTest
@WithTestResource(value = TestWebhooks.class, scope = TestResourceScope.GLOBAL)
class AlertWebhooksTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final List<String> RECEIVERS = List.of(TestReceivers.ALERTMANAGER, TestReceivers.JSON);
    /** Every attempt of one transition: two receivers, each refused once and then accepted. */
    private static final int ATTEMPTS_PER_TRANSITION = 4;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRestockAlertAndItsResolutionReachBothReceiversAfterOneRetryEach() {
        String sku = TestBroker.unique("HOOK");
        // 300 units received 150 days ago, nothing sold: under clearance; then a purchase order restocks it
        TestBroker.awaitApplied(List.of(TestBroker.sendSnapshot(Events.inventory(sku, 300, 150, "5", "0.3", "1"))));
        TestBroker.awaitApplied(List.of(TestBroker.sendFact(Events.purchaseOrder(sku + "-PO", sku, 500))));
        String id = given().queryParam("state", "firing").when().get("/v1/alerts").then().statusCode(200).extract()
                .jsonPath().getString("find { it.labels.sku == '" + sku + "' }.id");
        assertNotNull(id, "a restock alert for " + sku);

        JsonPath firing = awaitDelivered(id, AlertEvent.FIRING);
        assertEquals("restock-under-clearance", firing.getString("kind"));
        assertEquals(sku, firing.getString("labels.sku"));
        assertRetriedOnceEach(firing, AlertEvent.FIRING);

        JsonNode notification = accepted(TestReceivers.ALERTMANAGER, id, AlertEvent.FIRING);
        assertEquals("4", notification.get("version").asText());
        assertEquals(TestReceivers.ALERTMANAGER, notification.get("receiver").asText());
        assertEquals(sku, notification.at("/alerts/0/labels/sku").asText());
        assertEquals("clearance-service", notification.at("/alerts/0/labels/service").asText());
        assertEquals("500", notification.at("/alerts/0/annotations/unitsOrdered").asText());
        assertEquals("0001-01-01T00:00:00Z", notification.at("/alerts/0/endsAt").asText());
        JsonNode event = accepted(TestReceivers.JSON, id, AlertEvent.FIRING);
        assertEquals("restock-under-clearance", event.get("kind").asText());
        assertEquals("clearance-service", event.get("source").asText());
        assertEquals("1", event.at("/figures/purchaseOrders").asText());
        assertFalse(event.has("endsAt"), "no end while firing");

        // the stock is gone: the alert resolves, and that transition is delivered too
        TestBroker.awaitApplied(List.of(TestBroker.sendSnapshot(Events.inventory(sku, 0, 150, "5", "0.3", "1"))));
        JsonPath resolved = awaitDelivered(id, AlertEvent.RESOLVED);
        assertRetriedOnceEach(resolved, AlertEvent.RESOLVED);
        assertEquals(2 * ATTEMPTS_PER_TRANSITION, resolved.getList("deliveries").size(),
                "both transitions' attempts stay listed");
        assertEquals(resolved.getString("endsAt"),
                accepted(TestReceivers.JSON, id, AlertEvent.RESOLVED).get("endsAt").asText());
        assertEquals("resolved", accepted(TestReceivers.ALERTMANAGER, id, AlertEvent.RESOLVED).get("status").asText());

        String listed = given().queryParam("state", "resolved").when().get("/v1/alerts").then().statusCode(200)
                .extract().jsonPath().getString("find { it.id == '" + id + "' }.delivery.summary");
        assertEquals("delivered 2/2 receivers, 4 attempts", listed, "the list shows the delivery too");
    }

    /**
     * A transition left pending by an instance that died (its claim has lapsed) is delivered by the next round; one
     * another live instance has claimed is left alone.
     */
    @Test
    void aDeliveryCutShortIsTakenUpOnceItsClaimLapsesAndALiveClaimIsLeftAlone() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String orphan = storedAlert(TestBroker.unique("ORPHAN"), now.minus(Duration.ofMinutes(1)));
        String claimed = storedAlert(TestBroker.unique("CLAIMED"), now.plus(Duration.ofHours(1)));

        JsonPath delivered = awaitDelivered(orphan, AlertEvent.FIRING);
        assertRetriedOnceEach(delivered, AlertEvent.FIRING);
        JsonPath waiting = given().when().get("/v1/alerts/{id}", claimed).then().statusCode(200).extract().jsonPath();
        assertEquals("pending", waiting.getString("delivery.state"), waiting.prettify());
        assertEquals("delivery pending", waiting.getString("delivery.summary"));
        assertEquals(List.of(), waiting.getList("deliveries"));
        // let it go, so that no later run delivers a row of this test
        try (Connection connection = dataSource.getConnection(); PreparedStatement release = connection.prepareStatement(
                "UPDATE alert_transition SET webhook_pending = false WHERE alert_id = ?")) {
            release.setString(1, claimed);
            release.executeUpdate();
        }
    }

    @Test
    void anUnknownIdIs404NamingTheId() {
        given().when().get("/v1/alerts/{id}", "restock-under-clearance:NOPE:" + TestBroker.unique("X"))
                .then().statusCode(404).body("status", equalTo(404)).body("error", equalTo("Not Found"))
                .body("message", containsString("no alert has the id")).body("errors[0].field", equalTo("id"));
    }

    /** Waits until the alert is in {@code state} and the delivery of that state finished, then returns it. */
    private static JsonPath awaitDelivered(String id, String state) {
        return Poll.until("the " + state + " transition of " + id + " to be delivered",
                () -> given().when().get("/v1/alerts/{id}", id).then().statusCode(200).extract().jsonPath(),
                alert -> state.equals(alert.getString("state"))
                        && "delivered".equals(alert.getString("delivery.state")), WAIT);
    }

    private static void assertRetriedOnceEach(JsonPath alert, String state) {
        assertEquals("delivered 2/2 receivers, 4 attempts", alert.getString("delivery.summary"));
        List<Map<String, Object>> all = alert.getList("deliveries");
        for (String receiver : RECEIVERS) {
            List<Map<String, Object>> attempts = all.stream()
                    .filter(a -> state.equals(a.get("state")) && receiver.equals(a.get("receiver"))).toList();
            assertEquals(List.of(1, 2), attempts.stream().map(a -> a.get("attempt")).toList(), receiver + ": " + attempts);
            assertEquals(List.of(TestReceivers.REFUSED, TestReceivers.OK),
                    attempts.stream().map(a -> a.get("statusCode")).toList());
            assertEquals(List.of(false, true), attempts.stream().map(a -> a.get("delivered")).toList());
            attempts.forEach(a -> assertNotNull(a.get("at")));
        }
    }

    private static JsonNode accepted(String receiver, String id, String state) {
        String url = ConfigProvider.getConfig().getValue(TestWebhooks.urlKey(receiver), String.class);
        List<JsonNode> bodies = TestReceivers.accepted(receiver, url, id, state);
        assertEquals(1, bodies.size(), receiver + " accepted the " + state + " transition of " + id + " once");
        return bodies.get(0);
    }

    /** A firing alert stored as the service stores it, its transition pending and claimed until {@code until}. */
    private String storedAlert(String sku, Instant until) throws SQLException, JsonProcessingException {
        Instant startsAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String id = "restock-under-clearance:" + sku + ":test";
        AlertEvent event = new AlertEvent(id, "restock-under-clearance", AlertEvent.FIRING, "warning",
                "clearance-service", "a stored alert", startsAt, null, Map.of("sku", sku), Map.of());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement alert = connection.prepareStatement("INSERT INTO alert (id, kind, sku, state, severity,"
                     + " summary, starts_at, figures, version, published_version)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, '{}'::jsonb, 1, 1)");
             PreparedStatement transition = connection.prepareStatement("INSERT INTO alert_transition (alert_id,"
                     + " state, event, webhook_pending, delivery_claimed_until) VALUES (?, ?, ?, true, ?)")) {
            alert.setString(1, id);
            alert.setString(2, event.kind());
            alert.setString(3, sku);
            alert.setString(4, event.state());
            alert.setString(5, event.severity());
            alert.setString(6, event.summary());
            alert.setObject(7, startsAt.atOffset(ZoneOffset.UTC));
            alert.executeUpdate();
            transition.setString(1, id);
            transition.setString(2, event.state());
            transition.setString(3, EventJson.mapper().writeValueAsString(event));
            transition.setObject(4, until.atOffset(ZoneOffset.UTC));
            transition.executeUpdate();
        }
        return id;
    }
}

package dev.shelfwise.alerts.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shelfwise.contracts.AlertEvent;
import dev.shelfwise.contracts.EventJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PayloadFormatTest {
    private static final String ID = "restock-under-clearance:MUG-01:7f3c";
    private static final Instant STARTS = Instant.parse("2026-11-27T10:15:30.120Z");
    private static final Instant ENDS = Instant.parse("2026-11-27T11:00:00Z");

    private static AlertEvent restock(String state) {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("purchaseOrders", "2");
        figures.put("unitsOrdered", "700");
        return new AlertEvent(ID, "restock-under-clearance", state, "warning", "clearance-service",
                "restocking what you are clearing", STARTS, state.equals("resolved") ? ENDS : null,
                Map.of("sku", "MUG-01"), figures);
    }

    private static JsonNode body(PayloadFormat format, AlertEvent event) throws IOException {
        return EventJson.mapper().readTree(format.body(event, "ops"));
    }

    @ParameterizedTest(name = "{0} {1}: {2} = {3}")
    @CsvSource({
            "alertmanager, firing,   /version,                          4",
            "alertmanager, firing,   /status,                           firing",
            "alertmanager, firing,   /receiver,                         ops",
            "alertmanager, firing,   /groupKey,                         restock-under-clearance:MUG-01:7f3c",
            "alertmanager, firing,   /truncatedAlerts,                  0",
            "alertmanager, firing,   /groupLabels/alertname,            restock-under-clearance",
            "alertmanager, firing,   /commonLabels/sku,                 MUG-01",
            "alertmanager, firing,   /alerts/0/status,                  firing",
            "alertmanager, firing,   /alerts/0/labels/alertname,        restock-under-clearance",
            "alertmanager, firing,   /alerts/0/labels/severity,         warning",
            "alertmanager, firing,   /alerts/0/labels/service,          clearance-service",
            "alertmanager, firing,   /alerts/0/labels/sku,              MUG-01",
            "alertmanager, firing,   /alerts/0/annotations/summary,     restocking what you are clearing",
            "alertmanager, firing,   /alerts/0/annotations/unitsOrdered, 700",
            "alertmanager, firing,   /alerts/0/startsAt,                2026-11-27T10:15:30.120Z",
            "alertmanager, firing,   /alerts/0/endsAt,                  0001-01-01T00:00:00Z",
            "alertmanager, resolved, /status,                           resolved",
            "alertmanager, resolved, /alerts/0/status,                  resolved",
            "alertmanager, resolved, /alerts/0/endsAt,                  2026-11-27T11:00:00Z",
            "json,         firing,   /id,                               restock-under-clearance:MUG-01:7f3c",
            "json,         firing,   /kind,                             restock-under-clearance",
            "json,         firing,   /state,                            firing",
            "json,         firing,   /severity,                         warning",
            "json,         firing,   /source,                           clearance-service",
            "json,         firing,   /summary,                          restocking what you are clearing",
            "json,         firing,   /startsAt,                         2026-11-27T10:15:30.120Z",
            "json,         firing,   /labels/sku,                       MUG-01",
            "json,         firing,   /figures/unitsOrdered,             700",
            "json,         resolved, /state,                            resolved",
            "json,         resolved, /endsAt,                           2026-11-27T11:00:00Z",
    })
    void eachFormatCarriesTheTransition(String format, String state, String pointer, String expected) throws IOException {
        assertEquals(expected, body(PayloadFormat.of(format), restock(state)).at(pointer).asText());
    }

    @Test
    void theJsonFormatIsTheContractEventItselfWithoutEndsAtWhileFiring() throws IOException {
        AlertEvent event = restock("firing");
        byte[] body = PayloadFormat.JSON.body(event, "ops");
        assertEquals(event, EventJson.mapper().readValue(body, AlertEvent.class));
        assertFalse(EventJson.mapper().readTree(body).has("endsAt"));
    }

    @Test
    void anAlertmanagerNotificationHoldsOneAlertWhoseLabelsAreTheCommonLabels() throws IOException {
        JsonNode body = body(PayloadFormat.ALERTMANAGER, restock("firing"));
        assertEquals(1, body.get("alerts").size());
        assertEquals(body.get("commonLabels"), body.get("alerts").get(0).get("labels"));
        assertEquals(body.get("commonAnnotations"), body.get("alerts").get(0).get("annotations"));
    }

    @Test
    void theEventsLabelsNeverOverrideTheAlertsName() throws IOException {
        AlertEvent event = new AlertEvent("gmv/x", "gmv-over-concentration", "firing", "critical", "metrics-service",
                "over-concentrated", STARTS, null, Map.of("alertname", "other", "scope", "trailing-24h"), Map.of());
        JsonNode labels = body(PayloadFormat.ALERTMANAGER, event).at("/alerts/0/labels");
        assertEquals("gmv-over-concentration", labels.get("alertname").asText());
        assertEquals("trailing-24h", labels.get("scope").asText());
    }

    @ParameterizedTest
    @CsvSource({"alertmanager, ALERTMANAGER", "ALERTMANAGER, ALERTMANAGER", "' Json ', JSON"})
    void formatsAreNamedInAnyCase(String code, PayloadFormat expected) {
        assertEquals(expected, PayloadFormat.of(code));
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PayloadFormat.of("slack"));
        assertEquals("unknown webhook format 'slack': use alertmanager or json", e.getMessage());
    }
}

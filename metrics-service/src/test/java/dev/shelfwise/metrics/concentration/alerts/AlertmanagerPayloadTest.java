package dev.shelfwise.metrics.concentration.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shelfwise.contracts.AlertEvent;
import dev.shelfwise.contracts.EventJson;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AlertmanagerPayloadTest {
    private static final Instant STARTS = Instant.parse("2026-11-27T10:15:30.120Z");
    private static final Instant ENDS = Instant.parse("2026-11-27T11:00:00Z");

    private static AlertEvent event(String state, Instant endsAt) {
        return new AlertEvent("gmv-over-concentration/promotion:bf/warning/2026-11-27T10:15:30.120Z",
                "gmv-over-concentration", state, "warning", "metrics-service", "The top 1 % hold 85 %.", STARTS, endsAt,
                Map.of("scope", "promotion:bf", "windowStart", "2026-11-25", "windowEnd", "2026-11-28"),
                Map.of("top1PctShare", "0.85"));
    }

    private static JsonNode json(AlertEvent event) throws Exception {
        return EventJson.mapper().readTree(EventJson.mapper().writeValueAsBytes(AlertmanagerPayload.of(event, "shelfwise")));
    }

    @Test
    void aFiringAlertIsAnAlertmanagerVersion4NotificationWithTheZeroEndTime() throws Exception {
        JsonNode body = json(event("firing", null));
        assertEquals("4", body.get("version").asText());
        assertEquals("firing", body.get("status").asText());
        assertEquals("shelfwise", body.get("receiver").asText());
        assertEquals("gmv-over-concentration/promotion:bf/warning/2026-11-27T10:15:30.120Z", body.get("groupKey").asText());
        assertEquals(1, body.get("alerts").size());
        JsonNode alert = body.get("alerts").get(0);
        assertEquals("firing", alert.get("status").asText());
        assertEquals("gmv-over-concentration", alert.get("labels").get("alertname").asText());
        assertEquals("warning", alert.get("labels").get("severity").asText());
        assertEquals("promotion:bf", alert.get("labels").get("scope").asText());
        assertEquals("The top 1 % hold 85 %.", alert.get("annotations").get("summary").asText());
        assertEquals("2026-11-27T10:15:30.120Z", alert.get("startsAt").asText());
        assertEquals("0001-01-01T00:00:00Z", alert.get("endsAt").asText());
        assertEquals(body.get("commonLabels"), alert.get("labels"));
    }

    @Test
    void aResolvedAlertCarriesItsEndTime() throws Exception {
        JsonNode body = json(event("resolved", ENDS));
        assertEquals("resolved", body.get("status").asText());
        assertEquals("resolved", body.get("alerts").get(0).get("status").asText());
        assertEquals("2026-11-27T11:00:00Z", body.get("alerts").get(0).get("endsAt").asText());
    }
}

package dev.shelfwise.clearance.alerts;

import dev.shelfwise.alerts.delivery.DeliveryAttempt;
import dev.shelfwise.alerts.delivery.DeliveryStatus;
import dev.shelfwise.contracts.AlertEvent;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An alert as {@code /v1/alerts} shows it: the AlertEvent of alerts.v1, every webhook attempt of its transitions,
 * and how far the delivery of its current state got.
 */
public record AlertView(String id, String kind, String state, String severity, String source, String summary,
                        Instant startsAt, Instant endsAt, Map<String, String> labels, Map<String, String> figures,
                        List<DeliveryAttempt> deliveries, DeliveryStatus delivery) {

    /** @param pending whether the delivery of the alert's current state has not finished */
    public static AlertView of(AlertEvent event, List<DeliveryAttempt> deliveries, boolean pending) {
        return new AlertView(event.id(), event.kind(), event.state(), event.severity(), event.source(),
                event.summary(), event.startsAt(), event.endsAt(), event.labels(), event.figures(),
                List.copyOf(deliveries), DeliveryStatus.of(deliveries, event.state(), pending));
    }
}

package dev.shelfwise.metrics.concentration.alerts;

import dev.shelfwise.contracts.AlertEvent;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of Alertmanager's webhook notification (version 4), with one alert per transition, so any receiver
 * written for Alertmanager (chat bridges, incident tools) understands Shelfwise's alerts as they are.
 */
public record AlertmanagerPayload(String version, String groupKey, int truncatedAlerts, String status, String receiver,
                                  Map<String, String> groupLabels, Map<String, String> commonLabels,
                                  Map<String, String> commonAnnotations, String externalURL, List<Item> alerts) {

    public static final String VERSION = "4";
    /** Alertmanager's endsAt of an alert that has not resolved: Go's zero time. */
    public static final Instant UNRESOLVED = Instant.parse("0001-01-01T00:00:00Z");
    public static final String ALERTNAME = "alertname";
    public static final String SEVERITY = "severity";
    public static final String SUMMARY = "summary";

    public record Item(String status, Map<String, String> labels, Map<String, String> annotations, Instant startsAt,
                       Instant endsAt) {
    }

    public static AlertmanagerPayload of(AlertEvent event, String receiver) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(ALERTNAME, event.kind());
        labels.put(SEVERITY, event.severity());
        labels.put(Alert.LABEL_SCOPE, event.labels().get(Alert.LABEL_SCOPE));
        Map<String, String> annotations = Map.of(SUMMARY, event.summary());
        Instant endsAt = event.endsAt() == null ? UNRESOLVED : event.endsAt();
        Item item = new Item(event.state(), labels, annotations, event.startsAt(), endsAt);
        return new AlertmanagerPayload(VERSION, event.id(), 0, event.state(), receiver, Map.of(ALERTNAME, event.kind()),
                labels, annotations, "", List.of(item));
    }
}

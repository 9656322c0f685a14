package dev.shelfwise.alerts.delivery;

import dev.shelfwise.contracts.AlertEvent;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of Alertmanager's webhook notification (version 4), with one alert per transition, so any receiver
 * written for Alertmanager (chat bridges, incident tools) understands Shelfwise's alerts as they are. Labels are the
 * alert's name, severity and service plus the event's own labels (scope, sku …); annotations are the summary and the
 * figures (text, as in the event).
 */
public record AlertmanagerPayload(String version, String groupKey, int truncatedAlerts, String status, String receiver,
                                  Map<String, String> groupLabels, Map<String, String> commonLabels,
                                  Map<String, String> commonAnnotations, String externalURL, List<Item> alerts) {

    public static final String VERSION = "4";
    /** Alertmanager's endsAt of an alert that has not resolved: Go's zero time. */
    public static final Instant UNRESOLVED = Instant.parse("0001-01-01T00:00:00Z");
    public static final String ALERTNAME = "alertname";
    public static final String SEVERITY = "severity";
    public static final String SERVICE = "service";
    public static final String SUMMARY = "summary";

    public record Item(String status, Map<String, String> labels, Map<String, String> annotations, Instant startsAt,
                       Instant endsAt) {
    }

    public static AlertmanagerPayload of(AlertEvent event, String receiver) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(ALERTNAME, event.kind());
        labels.put(SEVERITY, event.severity());
        labels.put(SERVICE, event.source());
        if (event.labels() != null) {
            event.labels().forEach(labels::putIfAbsent);
        }
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put(SUMMARY, event.summary());
        if (event.figures() != null) {
            event.figures().forEach(annotations::putIfAbsent);
        }
        Instant endsAt = event.endsAt() == null ? UNRESOLVED : event.endsAt();
        Item item = new Item(event.state(), labels, annotations, event.startsAt(), endsAt);
        return new AlertmanagerPayload(VERSION, event.id(), 0, event.state(), receiver, Map.of(ALERTNAME, event.kind()),
                labels, annotations, "", List.of(item));
    }
}

package dev.shelfwise.alerts.delivery;

/**
 * A stored transition of an alert waiting for delivery (a row of the service's outbox).
 *
 * @param seq   its key in the outbox, in the order transitions happened
 * @param state {@code firing} or {@code resolved}
 * @param event the {@link dev.shelfwise.contracts.AlertEvent} JSON exactly as published to alerts.v1
 */
public record Transition(long seq, String alertId, String state, String event) {
}

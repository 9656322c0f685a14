package dev.shelfwise.clearance.alerts.service;

import dev.shelfwise.contracts.AlertEvent;

import java.util.Map;

/**
 * An alert's new state, fired inside the transaction that changed it and observed after that transaction commits, so
 * nothing is published for a change that rolled back.
 *
 * @param version      the alert's version carrying this state
 * @param firingByKind firing alerts per kind once this change is committed
 */
public record AlertChanged(AlertEvent event, int version, Map<String, Long> firingByKind) {

    public AlertChanged {
        firingByKind = Map.copyOf(firingByKind);
    }
}

package dev.shelfwise.metrics.concentration.alerts;

import dev.shelfwise.metrics.indices.DateRange;

/** A promotion as far as the alert cares: its id and its days (shop time zone, both ends included). */
public record PromotionWindow(String id, DateRange window) {
}

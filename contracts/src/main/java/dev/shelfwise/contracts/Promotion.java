package dev.shelfwise.contracts;

import java.time.LocalDate;

/**
 * A promotion as matrix-service defines it, published to the compacted {@code promotions.v1} (keyed by id; a
 * tombstone — null value — when it is deleted) so metrics-service can evaluate alerts on the promotion's window.
 *
 * @param goal {@code sales}, {@code profit} or {@code new-customers}
 */
public record Promotion(String id, String name, String theme, LocalDate start, LocalDate end, String goal,
                        int coreCount, int auxiliaryCount) {
}

package dev.shelfwise.metrics.rollups;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A customer's earliest order seen so far.
 *
 * @param categories the categories of that order, whose new-customer counts move if it stops being the first
 * @param countedNew whether its new-customer count came from derivation (and so is withdrawn when an earlier order
 *                   arrives); a platform-supplied flag is never withdrawn
 */
public record FirstOrder(String customerId, String platform, String orderId, OffsetDateTime placedAt, LocalDate day,
                         List<String> categories, boolean countedNew) {

    /** Earlier in event time; the same instant is decided by platform and order id so every replay agrees. */
    boolean isBefore(OffsetDateTime otherPlacedAt, String otherPlatform, String otherOrderId) {
        int byTime = placedAt.toInstant().compareTo(otherPlacedAt.toInstant());
        if (byTime != 0) {
            return byTime < 0;
        }
        int byPlatform = platform.compareTo(otherPlatform);
        return byPlatform != 0 ? byPlatform < 0 : orderId.compareTo(otherOrderId) < 0;
    }
}

package dev.shelfwise.stack.chaos;

import java.util.Collection;
import java.util.Map;

/**
 * What became of a suite's orders on {@code orders.v1}, by event id. An acknowledged order must be there at least
 * once (else it is lost). A client that re-posts an unacknowledged batch may legitimately write an order again, so
 * copies up to the number of attempts that could have written it are resubmissions ({@code resent}, deduplicated by
 * the consumers); any copy beyond that was written twice by the system itself: a duplicate.
 *
 * @param unacknowledgedFound orders never acknowledged that are on the topic anyway (written before a failed answer,
 *                            and not retried to an acknowledgement in time): the services count them, so do the checks
 */
record Delivery(long sent, long acknowledged, long found, long lost, long duplicates, long resent,
                long unacknowledgedFound) {

    static final Delivery NONE = new Delivery(0, 0, 0, 0, 0, 0, 0);

    /** Both suites' orders together (the table's total row). */
    Delivery plus(Delivery other) {
        return new Delivery(sent + other.sent, acknowledged + other.acknowledged, found + other.found, lost + other.lost,
                duplicates + other.duplicates, resent + other.resent, unacknowledgedFound + other.unacknowledgedFound);
    }

    static Delivery of(Collection<OrderFeed.Sent> orders, Map<String, Integer> copiesByEventId) {
        long acknowledged = 0;
        long found = 0;
        long lost = 0;
        long duplicates = 0;
        long resent = 0;
        long unacknowledgedFound = 0;
        for (OrderFeed.Sent sent : orders) {
            int copies = copiesByEventId.getOrDefault(sent.order().eventId(), 0);
            int allowed = Math.max(1, sent.possibleWrites());
            duplicates += Math.max(0, copies - allowed);
            resent += Math.max(0, Math.min(copies, allowed) - 1);
            if (sent.acknowledged()) {
                acknowledged++;
                if (copies > 0) {
                    found++;
                } else {
                    lost++;
                }
            } else if (copies > 0) {
                unacknowledgedFound++;
            }
        }
        return new Delivery(orders.size(), acknowledged, found, lost, duplicates, resent, unacknowledgedFound);
    }
}

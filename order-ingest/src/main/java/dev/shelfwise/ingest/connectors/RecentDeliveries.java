package dev.shelfwise.ingest.connectors;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The delivery ids of the webhooks handled lately, so a redelivery is answered at once without writing anything.
 * Only a fast path: it is bounded and lives in one process. The durable guarantee is the natural event id, by which
 * consumers drop a resent order or refund however it arrives.
 */
public final class RecentDeliveries {
    private final Map<String, Boolean> ids;

    public RecentDeliveries(int capacity) {
        // access order: a delivery retried again and again stays remembered
        this.ids = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized boolean contains(String deliveryId) {
        return deliveryId != null && ids.get(deliveryId) != null;
    }

    /** Remembers a delivery once its events are durable (a failed delivery must be processed again when retried). */
    public synchronized void remember(String deliveryId) {
        if (deliveryId != null && !deliveryId.isBlank()) {
            ids.put(deliveryId, Boolean.TRUE);
        }
    }
}

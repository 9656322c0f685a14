package dev.shelfwise.ingest;

import dev.shelfwise.contracts.EventType;

import java.util.UUID;

/** One valid JSON item per event type, with a unique id so tests on the shared broker never see each other. */
public final class Samples {
    private Samples() {
    }

    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    public static String order(String orderId, String customerId) {
        return """
                {"orderId": "%s", "customerId": "%s", "placedAt": "2026-04-03T10:15:00+08:00", "currency": "CNY",
                 "channel": "ads:spring-books", "lines": [
                   {"sku": "BK-001", "category": "books", "quantity": 2, "unitPrice": "39.90", "unitCost": 21, "discount": 5},
                   {"sku": "TOY-7", "category": "toys", "quantity": 1, "unitPrice": 120}]}""".formatted(orderId, customerId);
    }

    /** A valid item of the type whose business id is {@code id}. */
    public static String item(EventType type, String id) {
        return switch (type) {
            case ORDER -> order(id, "C-" + id);
            case REFUND -> """
                    {"orderId": "O-%1$s", "refundId": "%1$s", "at": "2026-04-05T09:00:00Z",
                     "lines": [{"sku": "BK-001", "quantity": 1, "amount": "34.90"}]}""".formatted(id);
            case CATALOG -> """
                    {"sku": "%s", "category": "books", "name": "A Field Guide to Clearance", "listPrice": 59.0,
                     "unitCost": "21.5", "launchedAt": "2026-01-15", "tags": ["exclusive", "gift-box"], "rating": 4.8,
                     "reviewCount": 312}""".formatted(id);
            case INVENTORY -> """
                    {"sku": "%s", "at": "2026-04-01T00:00:00Z", "onHand": 540, "inbound": 0, "unitCost": 21.5,
                     "ageBuckets": {"0-90": 40, "181-270": 500}, "storageFeePerUnitMonth": 0.3, "disposalFeePerUnit": 1.2}"""
                    .formatted(id);
            case TRAFFIC -> """
                    {"sku": "%s", "date": "2026-04-01", "views": 1200, "searchImpressions": 5400, "addToCart": 80}"""
                    .formatted(id);
            case AD_SPEND -> """
                    {"campaignId": "%s", "channel": "ads:spring-books", "skus": ["BK-001", "BK-002"],
                     "date": "2026-04-01", "spend": "250.00", "impressions": 40000, "clicks": 900}""".formatted(id);
            case PURCHASE_ORDER -> """
                    {"poId": "%s", "sku": "BK-001", "quantity": 500, "at": "2026-04-02T08:00:00Z"}""".formatted(id);
        };
    }
}

package dev.shelfwise.stack.chaos;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Hand-made orders for the tables: {@code order("O1", "C1", "2026-03-02T10:00Z", "onsite", "A:books:2:10.00")}. */
final class Orders {
    private Orders() {
    }

    /**
     * @param lines each {@code sku:category:quantity:unitPrice[:unitCost[:discount]]}
     */
    static ChaosOrder order(String orderId, String customerId, String placedAt, String channel, String... lines) {
        List<ChaosOrder.Line> parsed = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split(":");
            parsed.add(new ChaosOrder.Line(f[0], f[1], Integer.parseInt(f[2]), new BigDecimal(f[3]),
                    f.length > 4 ? new BigDecimal(f[4]) : null, f.length > 5 ? new BigDecimal(f[5]) : null));
        }
        return new ChaosOrder(orderId, customerId, OffsetDateTime.parse(placedAt), channel, List.copyOf(parsed));
    }
}

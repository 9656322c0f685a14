package dev.shelfwise.stack.chaos;

import dev.shelfwise.stack.bench.Json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts of one posted order that the services' figures depend on, read back from the JSON that was posted (so
 * the expected figures come from what was sent, not from any service).
 *
 * @param channel as posted; a missing channel is {@code onsite}, as order-ingest documents
 */
record ChaosOrder(String orderId, String customerId, OffsetDateTime placedAt, String channel, List<Line> lines) {
    /** The platform of the chaos stack's only token: orders are posted without one, so they get it. */
    static final String PLATFORM = "demo";
    static final String DEFAULT_CHANNEL = "onsite";

    /** One order line; {@code unitCost} and {@code discount} may be null. */
    record Line(String sku, String category, int quantity, BigDecimal unitPrice, BigDecimal unitCost,
                BigDecimal discount) {

        /** Sales of the line: quantity × unit price − discount. */
        BigDecimal net() {
            BigDecimal gross = unitPrice.multiply(BigDecimal.valueOf(quantity));
            return discount == null ? gross : gross.subtract(discount);
        }

        /** What the units cost (zero when the cost is unknown). */
        BigDecimal cost() {
            return unitCost == null ? BigDecimal.ZERO : unitCost.multiply(BigDecimal.valueOf(quantity));
        }
    }

    /** The {@code event-id} header order-ingest writes for it: its business id, the same on every resubmission. */
    String eventId() {
        return "order:" + PLATFORM + ":" + orderId;
    }

    LocalDate day(ZoneId zone) {
        return placedAt.atZoneSameInstant(zone).toLocalDate();
    }

    static ChaosOrder parse(String json) {
        Json order = Json.parse(json);
        List<Line> lines = new ArrayList<>();
        for (Json line : order.path("lines")) {
            lines.add(new Line(line.path("sku").asText(), line.path("category").asText(), line.path("quantity").asInt(),
                    line.path("unitPrice").decimalValue(), decimalOrNull(line.path("unitCost")),
                    decimalOrNull(line.path("discount"))));
        }
        String channel = order.path("channel").asText("");
        return new ChaosOrder(order.path("orderId").asText(), order.path("customerId").asText(),
                OffsetDateTime.parse(order.path("placedAt").asText()), channel.isEmpty() ? DEFAULT_CHANNEL : channel,
                List.copyOf(lines));
    }

    private static BigDecimal decimalOrNull(Json value) {
        return value.isMissing() || value.isNull() ? null : value.decimalValue();
    }
}

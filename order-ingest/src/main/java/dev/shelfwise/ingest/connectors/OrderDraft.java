package dev.shelfwise.ingest.connectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shelfwise.contracts.EventType;
import dev.shelfwise.ingest.validation.ValidationRules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A v1 order being assembled from a platform order. Platforms may list one product on several lines (Shopify line
 * item properties, a WooCommerce bundle); v1 wants one line per SKU, so such lines are merged: units and amounts
 * add up, and the unit price is the gross amount over the units. When that division is not exact to 6 decimals
 * the price is rounded up and the excess counted as discount, so the line's net amount stays exactly the platform's.
 */
public final class OrderDraft {
    private final ObjectNode order = V1Items.object();
    private final Map<String, Line> lines = new LinkedHashMap<>();
    private final List<ObjectNode> unreadableLines = new ArrayList<>();

    private static final class Line {
        final String sku;
        final String category;
        long quantity;
        BigDecimal gross;
        BigDecimal discount;

        Line(String sku, String category) {
            this.sku = sku;
            this.category = category;
            this.quantity = 0;
            this.gross = BigDecimal.ZERO;
            this.discount = BigDecimal.ZERO;
        }
    }

    public OrderDraft(String orderId, String customerId, String placedAt, String currency, String channel) {
        V1Items.put(order, "orderId", orderId);
        V1Items.put(order, "customerId", customerId);
        V1Items.put(order, "placedAt", placedAt);
        V1Items.put(order, "currency", currency);
        V1Items.put(order, "channel", channel);
    }

    public String orderId() {
        return order.path("orderId").asText(null);
    }

    public String placedAt() {
        return order.path("placedAt").asText(null);
    }

    /**
     * Adds a line from its texts as the platform gave them.
     *
     * @param gross    quantity × unit price before discounts
     * @param discount discounts on the line, null for none
     */
    public void addLine(String sku, String category, String quantity, String gross, String discount) {
        Long units = PayloadFields.whole(quantity);
        BigDecimal grossAmount = PayloadFields.decimal(gross);
        BigDecimal discountAmount = discount == null ? BigDecimal.ZERO : PayloadFields.decimal(discount);
        if (sku == null || units == null || units <= 0 || grossAmount == null || discountAmount == null) {
            // left as found: the validator reports the field and why
            ObjectNode line = V1Items.object();
            V1Items.put(line, "sku", sku);
            V1Items.put(line, "category", category);
            V1Items.put(line, "quantity", V1Items.wholeOrText(quantity));
            V1Items.put(line, "unitPrice", units == null || units == 0 || grossAmount == null ? gross
                    : grossAmount.divide(BigDecimal.valueOf(units), ValidationRules.MAX_MONEY_SCALE, RoundingMode.CEILING));
            V1Items.put(line, "discount", V1Items.decimalOrText(discount));
            unreadableLines.add(line);
            return;
        }
        Line line = lines.computeIfAbsent(sku, key -> new Line(sku, category));
        line.quantity += units;
        line.gross = line.gross.add(grossAmount);
        line.discount = line.discount.add(discountAmount);
    }

    /** The lines with their net amounts, for spreading an amount-only refund. */
    public List<RefundAllocation.LineShare> shares() {
        return lines.values().stream()
                .map(line -> new RefundAllocation.LineShare(line.sku, line.quantity, line.gross.subtract(line.discount)))
                .toList();
    }

    public boolean hasLines() {
        return !lines.isEmpty() || !unreadableLines.isEmpty();
    }

    public MappedEvent toEvent() {
        ObjectNode item = order.deepCopy();
        ArrayNode items = item.putArray("lines");
        for (Line line : lines.values()) {
            BigDecimal units = BigDecimal.valueOf(line.quantity);
            BigDecimal unitPrice = line.gross.divide(units, ValidationRules.MAX_MONEY_SCALE, RoundingMode.CEILING);
            BigDecimal discount = line.discount.add(unitPrice.multiply(units).subtract(line.gross));
            ObjectNode out = items.addObject();
            V1Items.put(out, "sku", line.sku);
            V1Items.put(out, "category", line.category);
            V1Items.put(out, "quantity", line.quantity);
            V1Items.put(out, "unitPrice", tidy(unitPrice, line.gross.scale()));
            if (discount.signum() != 0) {
                V1Items.put(out, "discount", tidy(discount, line.gross.scale()));
            }
        }
        unreadableLines.forEach(items::add);
        return new MappedEvent(EventType.ORDER, item);
    }

    /** At the platform's own scale when that is exact (39.90 stays 39.90), else as few decimals as needed. */
    private static BigDecimal tidy(BigDecimal value, int platformScale) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= platformScale ? value.setScale(Math.max(platformScale, 0), RoundingMode.UNNECESSARY)
                : stripped;
    }
}

package dev.shelfwise.ingest.connectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shelfwise.contracts.CatalogEvent;
import dev.shelfwise.contracts.EventType;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Builds v1 items (the JSON a platform would post to {@code /v1/...}) from mapped values. Values that could not be
 * read as numbers are written as the text found, so the validator names the field and the problem.
 */
public final class V1Items {
    /** Exact decimals: 19.90 stays 19.90. */
    public static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private V1Items() {
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** Puts a field unless the value is null (a missing field is the validator's to report). */
    public static ObjectNode put(ObjectNode item, String field, Object value) {
        if (value instanceof String text) {
            item.put(field, text);
        } else if (value instanceof BigDecimal decimal) {
            item.put(field, decimal);
        } else if (value instanceof Long number) {
            item.put(field, number);
        } else if (value instanceof Integer number) {
            item.put(field, number);
        } else if (value instanceof Boolean flag) {
            item.put(field, flag);
        } else if (value != null) {
            throw new IllegalArgumentException("unsupported value " + value.getClass());
        }
        return item;
    }

    /** A whole number when the text is one, else the text itself. */
    public static Object wholeOrText(String text) {
        Long whole = PayloadFields.whole(text);
        return whole != null ? whole : text;
    }

    /** A decimal when the text is one, else the text itself. */
    public static Object decimalOrText(String text) {
        BigDecimal decimal = PayloadFields.decimal(text);
        return decimal != null ? decimal : text;
    }

    public static ObjectNode refund(String orderId, String refundId, String at,
                                    List<RefundAllocation.RefundedLine> lines) {
        ObjectNode refund = object();
        put(refund, "orderId", orderId);
        put(refund, "refundId", refundId);
        put(refund, "at", at);
        ArrayNode items = refund.putArray("lines");
        for (RefundAllocation.RefundedLine line : lines) {
            ObjectNode item = items.addObject();
            put(item, "sku", line.sku());
            put(item, "quantity", line.quantity());
            put(item, "amount", line.amount());
        }
        return refund;
    }

    public static MappedEvent refundEvent(String orderId, String refundId, String at,
                                          List<RefundAllocation.RefundedLine> lines) {
        return new MappedEvent(EventType.REFUND, refund(orderId, refundId, at, lines));
    }

    /** The platform's tags that Shelfwise knows (DESIGN.md §3); a shop's own tags are not ours to interpret. */
    public static ArrayNode knownTags(Collection<String> tags) {
        ArrayNode known = NODES.arrayNode();
        tags.stream().map(tag -> tag.strip().toLowerCase(Locale.ROOT)).filter(CatalogEvent.KNOWN_TAGS::contains)
                .distinct().forEach(known::add);
        return known;
    }
}

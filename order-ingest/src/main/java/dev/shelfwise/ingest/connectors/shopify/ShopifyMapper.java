package dev.shelfwise.ingest.connectors.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shelfwise.contracts.EventType;
import dev.shelfwise.ingest.connectors.Categorizer;
import dev.shelfwise.ingest.connectors.CustomerIds;
import dev.shelfwise.ingest.connectors.MappedEvent;
import dev.shelfwise.ingest.connectors.Mapping;
import dev.shelfwise.ingest.connectors.MappingRules;
import dev.shelfwise.ingest.connectors.OrderDraft;
import dev.shelfwise.ingest.connectors.RefundAllocation;
import dev.shelfwise.ingest.connectors.V1Items;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static dev.shelfwise.ingest.connectors.PayloadFields.decimal;
import static dev.shelfwise.ingest.connectors.PayloadFields.elements;
import static dev.shelfwise.ingest.connectors.PayloadFields.firstText;
import static dev.shelfwise.ingest.connectors.PayloadFields.text;
import static dev.shelfwise.ingest.connectors.PayloadFields.whole;

/**
 * Shopify's order, refund and product payloads (REST Admin API shape, as webhooks send them) as v1 items. The one
 * mapping from Shopify to Shelfwise: the orders export ({@link ShopifyOrderCsv}) is turned into the same order
 * shape and mapped here too.
 */
public final class ShopifyMapper {
    public static final String ORDERS_CREATE = "orders/create";
    public static final String ORDERS_UPDATED = "orders/updated";
    public static final String REFUNDS_CREATE = "refunds/create";
    public static final String PRODUCTS_CREATE = "products/create";
    public static final String PRODUCTS_UPDATE = "products/update";
    public static final Set<String> TOPICS = Set.of(ORDERS_CREATE, ORDERS_UPDATED, REFUNDS_CREATE, PRODUCTS_CREATE,
            PRODUCTS_UPDATE);
    /** The title Shopify gives the only variant of a product without options. */
    static final String DEFAULT_VARIANT_TITLE = "Default Title";
    static final String COUPON_CHANNEL = "onsite:coupon";
    static final String DEFAULT_CHANNEL = "onsite";
    /** The id of the refund an export reports as an order's total refunded amount (one per order). */
    static final String EXPORTED_REFUND_PREFIX = "export-";

    private final MappingRules rules;
    private final Categorizer categorizer;

    public ShopifyMapper(MappingRules rules, Categorizer categorizer) {
        this.rules = rules;
        this.categorizer = categorizer;
    }

    /** The payload of a webhook with this {@code X-Shopify-Topic}. */
    public Mapping map(String topic, JsonNode payload, String platform) {
        if (topic == null || !TOPICS.contains(topic)) {
            return Mapping.unknownTopic(topic, TOPICS);
        }
        return switch (topic) {
            case ORDERS_CREATE, ORDERS_UPDATED -> order(payload, platform);
            case REFUNDS_CREATE -> refund(payload);
            default -> products(payload);
        };
    }

    /** An order, followed by the refunds it already carries (an update after a refund). */
    public Mapping order(JsonNode order, String platform) {
        return order(order, platform, null);
    }

    /**
     * An order with, besides the refunds it carries, an amount refunded known only as a total (the orders export's
     * "Refunded Amount"), spread over its lines as one refund.
     */
    public Mapping order(JsonNode order, String platform, BigDecimal refundedInTotal) {
        OrderDraft draft = draft(order, platform);
        if (draft == null) {
            return Mapping.ignored("a test order (not a sale)");
        }
        if (!draft.hasLines()) {
            return Mapping.ignored("no merchandise lines (gift cards only)");
        }
        List<MappedEvent> events = new ArrayList<>();
        events.add(draft.toEvent());
        for (JsonNode refund : elements(order, "refunds")) {
            MappedEvent mapped = refundEvent(refund, draft.orderId());
            if (mapped != null) {
                events.add(mapped);
            }
        }
        List<RefundAllocation.RefundedLine> refunded = RefundAllocation.spread(refundedInTotal, draft.shares());
        if (!refunded.isEmpty()) {
            events.add(V1Items.refundEvent(draft.orderId(), EXPORTED_REFUND_PREFIX + draft.orderId(), draft.placedAt(), refunded));
        }
        return Mapping.of(events);
    }

    /** The order as a draft, null for a test order. */
    private OrderDraft draft(JsonNode order, String platform) {
        if (rules.skipTestOrders() && order.path("test").asBoolean(false)) {
            return null;
        }
        String orderId = text(order, "id");
        JsonNode customer = order.get("customer");
        String email = firstText(order, "email", "contact_email");
        String customerId = CustomerIds.of(text(customer, "id"), email != null ? email : text(customer, "email"),
                rules.customerKey(), orderId);
        boolean coupon = elements(order, "discount_codes").iterator().hasNext();
        OrderDraft draft = new OrderDraft(orderId, customerId, firstText(order, "processed_at", "created_at"),
                text(order, "currency"), coupon ? COUPON_CHANNEL : DEFAULT_CHANNEL);
        for (JsonNode line : elements(order, "line_items")) {
            if (line.path("gift_card").asBoolean(false)) {
                continue; // selling a gift card is not a sale of goods; spending it is
            }
            String sku = sku(line);
            String quantity = text(line, "quantity");
            String price = text(line, "price");
            BigDecimal units = decimal(quantity);
            BigDecimal unitPrice = decimal(price);
            String gross = units != null && unitPrice != null ? unitPrice.multiply(units).toPlainString() : price;
            draft.addLine(sku, categorizer.ofLine(platform, sku, text(line, "vendor")), quantity, gross, discount(line));
        }
        return draft;
    }

    /** Discounts on a line: its allocations (order-level codes included), or the older total_discount. */
    private static String discount(JsonNode line) {
        BigDecimal allocated = null;
        for (JsonNode allocation : elements(line, "discount_allocations")) {
            BigDecimal amount = decimal(allocation, "amount");
            if (amount != null) {
                allocated = allocated == null ? amount : allocated.add(amount);
            }
        }
        String discount = allocated != null ? allocated.toPlainString() : text(line, "total_discount");
        BigDecimal value = decimal(discount);
        return value != null && value.signum() == 0 ? null : discount;
    }

    /**
     * A line's SKU; Shopify allows variants without one, which are then known by their variant id (the same
     * fallback as for products, so their lines and catalog entries meet), and custom items by their line id.
     */
    static String sku(JsonNode line) {
        String sku = text(line, "sku");
        if (sku != null) {
            return sku;
        }
        String variant = text(line, "variant_id");
        return variant != null ? "variant-" + variant : "line-" + text(line, "id");
    }

    public Mapping refund(JsonNode refund) {
        MappedEvent mapped = refundEvent(refund, null);
        return mapped == null ? Mapping.ignored("a refund without line items (shipping or an adjustment only)")
                : Mapping.of(List.of(mapped));
    }

    private static MappedEvent refundEvent(JsonNode refund, String orderId) {
        List<RefundAllocation.RefundedLine> lines = new ArrayList<>();
        for (JsonNode refunded : elements(refund, "refund_line_items")) {
            Long quantity = whole(text(refunded, "quantity"));
            lines.add(new RefundAllocation.RefundedLine(sku(refunded.path("line_item")),
                    quantity == null ? 0 : quantity, decimal(refunded, "subtotal")));
        }
        if (lines.isEmpty()) {
            return null;
        }
        String order = text(refund, "order_id");
        return V1Items.refundEvent(order != null ? order : orderId, text(refund, "id"),
                firstText(refund, "processed_at", "created_at"), lines);
    }

    /** One catalog entry per variant: a variant is what an order line sells. */
    public Mapping products(JsonNode product) {
        String category = categorizer.ofProduct(text(product, "product_type"), text(product, "vendor"));
        String title = text(product, "title");
        String launchedAt = firstText(product, "published_at", "created_at");
        String tags = text(product, "tags");
        List<MappedEvent> events = new ArrayList<>();
        for (JsonNode variant : elements(product, "variants")) {
            ObjectNode item = V1Items.object();
            String sku = text(variant, "sku");
            V1Items.put(item, "sku", sku != null ? sku : "variant-" + text(variant, "id"));
            V1Items.put(item, "category", category);
            String variantTitle = text(variant, "title");
            V1Items.put(item, "name", variantTitle == null || DEFAULT_VARIANT_TITLE.equals(variantTitle) || title == null
                    ? title : title + " / " + variantTitle);
            V1Items.put(item, "listPrice", V1Items.decimalOrText(text(variant, "price")));
            V1Items.put(item, "launchedAt", launchedAt);
            item.set("tags", V1Items.knownTags(tags == null ? List.of() : Arrays.asList(tags.split(","))));
            events.add(new MappedEvent(EventType.CATALOG, item));
        }
        return events.isEmpty() ? Mapping.ignored("a product without variants") : Mapping.of(events);
    }
}

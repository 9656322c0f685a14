package dev.shelfwise.ingest.connectors.woocommerce;

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
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import static dev.shelfwise.ingest.connectors.PayloadFields.decimal;
import static dev.shelfwise.ingest.connectors.PayloadFields.elements;
import static dev.shelfwise.ingest.connectors.PayloadFields.text;
import static dev.shelfwise.ingest.connectors.PayloadFields.utcTimestamp;
import static dev.shelfwise.ingest.connectors.PayloadFields.whole;

/**
 * WooCommerce's order and product payloads (REST API v3 shape, as its webhooks send them) as v1 items: the one
 * mapping from WooCommerce to Shelfwise, also used for its orders export ({@link WooCommerceOrderCsv}).
 */
public final class WooCommerceMapper {
    public static final String ORDER_CREATED = "order.created";
    public static final String ORDER_UPDATED = "order.updated";
    public static final String PRODUCT_CREATED = "product.created";
    public static final String PRODUCT_UPDATED = "product.updated";
    public static final Set<String> TOPICS = Set.of(ORDER_CREATED, ORDER_UPDATED, PRODUCT_CREATED, PRODUCT_UPDATED);
    /**
     * WooCommerce creates the order at checkout, before payment: only paid orders are sales (a refunded order was
     * paid first). The update that marks it paid brings it in.
     */
    static final Set<String> SALE_STATUSES = Set.of("processing", "completed", "refunded");
    static final String COUPON_CHANNEL = "onsite:coupon";
    static final String DEFAULT_CHANNEL = "onsite";

    private final MappingRules rules;
    private final Categorizer categorizer;
    private final String costMetaKey;

    /** @param costMetaKey the product meta field that holds the unit cost (WooCommerce core has none) */
    public WooCommerceMapper(MappingRules rules, Categorizer categorizer, String costMetaKey) {
        this.rules = rules;
        this.categorizer = categorizer;
        this.costMetaKey = costMetaKey;
    }

    /** The payload of a webhook with this {@code X-WC-Webhook-Topic}. */
    public Mapping map(String topic, JsonNode payload, String platform) {
        if (topic == null || !TOPICS.contains(topic)) {
            return Mapping.unknownTopic(topic, TOPICS);
        }
        return switch (topic) {
            case ORDER_CREATED, ORDER_UPDATED -> order(payload, platform);
            default -> product(payload);
        };
    }

    /** A paid order, followed by one refund per entry of its {@code refunds} (amounts only, spread over the lines). */
    public Mapping order(JsonNode order, String platform) {
        String status = status(text(order, "status"));
        if (!SALE_STATUSES.contains(status)) {
            return Mapping.ignored("status '" + status + "' is not a sale (only " + SALE_STATUSES.stream().sorted().toList() + ")");
        }
        String orderId = text(order, "id");
        String placedAt = utcTimestamp(text(order, "date_created_gmt"));
        boolean coupon = elements(order, "coupon_lines").iterator().hasNext();
        OrderDraft draft = new OrderDraft(orderId,
                CustomerIds.of(text(order, "customer_id"), text(order.path("billing"), "email"), rules.customerKey(), orderId),
                placedAt, text(order, "currency"), coupon ? COUPON_CHANNEL : DEFAULT_CHANNEL);
        for (JsonNode line : elements(order, "line_items")) {
            String sku = sku(line);
            String subtotal = text(line, "subtotal");
            BigDecimal before = decimal(subtotal);
            BigDecimal after = decimal(line, "total");
            String discount = before != null && after != null ? before.subtract(after).toPlainString() : text(line, "total");
            draft.addLine(sku, categorizer.ofLine(platform, sku, null), text(line, "quantity"), subtotal, discount);
        }
        List<MappedEvent> events = new ArrayList<>();
        events.add(draft.toEvent());
        String refundedAt = utcTimestamp(text(order, "date_modified_gmt"));
        for (JsonNode refund : elements(order, "refunds")) {
            BigDecimal total = decimal(refund, "total");
            List<RefundAllocation.RefundedLine> lines = RefundAllocation.spread(total == null ? null : total.abs(),
                    draft.shares());
            if (!lines.isEmpty()) {
                // the order payload carries no refund date: the update that brought the refund is the best known
                events.add(V1Items.refundEvent(orderId, text(refund, "id"), refundedAt != null ? refundedAt : placedAt, lines));
            }
        }
        return Mapping.of(events);
    }

    /** Order statuses as stored ({@code wc-completed}) or as shown ({@code completed}). */
    static String status(String status) {
        String plain = status == null ? "" : status.toLowerCase(Locale.ROOT);
        return plain.startsWith("wc-") ? plain.substring(3) : plain;
    }

    /** A line's SKU; a product without one is known by its (variation or product) id, as in {@link #product}. */
    static String sku(JsonNode line) {
        String sku = text(line, "sku");
        if (sku != null) {
            return sku;
        }
        String variation = text(line, "variation_id");
        return "product-" + (variation != null && !"0".equals(variation) ? variation : text(line, "product_id"));
    }

    public Mapping product(JsonNode product) {
        ObjectNode item = V1Items.object();
        String sku = text(product, "sku");
        V1Items.put(item, "sku", sku != null ? sku : "product-" + text(product, "id"));
        JsonNode firstCategory = product.path("categories").path(0);
        V1Items.put(item, "category", categorizer.ofProduct(text(firstCategory, "name"), null));
        V1Items.put(item, "name", text(product, "name"));
        String listPrice = text(product, "regular_price");
        V1Items.put(item, "listPrice", V1Items.decimalOrText(listPrice != null ? listPrice : text(product, "price")));
        V1Items.put(item, "unitCost", V1Items.decimalOrText(cost(product)));
        V1Items.put(item, "launchedAt", utcTimestamp(text(product, "date_created_gmt")));
        List<String> tags = new ArrayList<>();
        elements(product, "tags").forEach(tag -> tags.add(text(tag, "name")));
        item.set("tags", V1Items.knownTags(tags.stream().filter(Objects::nonNull).toList()));
        Long ratings = whole(text(product, "rating_count"));
        if (ratings != null && ratings > 0) {
            V1Items.put(item, "rating", V1Items.decimalOrText(text(product, "average_rating")));
            V1Items.put(item, "reviewCount", ratings);
        }
        return Mapping.of(List.of(new MappedEvent(EventType.CATALOG, item)));
    }

    private String cost(JsonNode product) {
        for (JsonNode meta : elements(product, "meta_data")) {
            if (costMetaKey.equals(text(meta, "key"))) {
                return text(meta, "value");
            }
        }
        return null;
    }
}

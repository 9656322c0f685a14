package dev.shelfwise.ingest.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shelfwise.contracts.AdSpendEvent;
import dev.shelfwise.contracts.CatalogEvent;
import dev.shelfwise.contracts.EventType;
import dev.shelfwise.contracts.InventoryEvent;
import dev.shelfwise.contracts.OrderEvent;
import dev.shelfwise.contracts.OrderLine;
import dev.shelfwise.contracts.PurchaseOrderEvent;
import dev.shelfwise.contracts.RefundEvent;
import dev.shelfwise.contracts.RefundLine;
import dev.shelfwise.contracts.ShelfwiseEvent;
import dev.shelfwise.contracts.TrafficEvent;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks one submitted item against the v1 contract of its type (DESIGN.md §3) and builds the event. Strict at
 * the door: unknown fields, wrong types and out-of-range values are refused with the field's path and the reason.
 */
public final class EventValidator {
    /** {@code onsite}, {@code onsite:coupon}, {@code ads:<campaignId>}, {@code offsite:<name>} … */
    static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9-]*(:[A-Za-z0-9._-]+)?");
    static final String CHANNEL_TEXT = "a channel such as onsite, onsite:coupon, ads:<campaignId> or offsite:<name>";
    static final BigDecimal MAX_RATING = BigDecimal.valueOf(5);
    static final int MAX_TAGS = 20;
    static final int MAX_AD_SKUS = 1_000;

    private static final Set<String> ORDER_FIELDS = Set.of("orderId", "platform", "customerId", "placedAt", "currency",
            "channel", "newCustomer", "lines");
    private static final Set<String> ORDER_LINE_FIELDS = Set.of("sku", "category", "quantity", "unitPrice", "unitCost",
            "discount");
    private static final Set<String> REFUND_FIELDS = Set.of("orderId", "refundId", "platform", "at", "lines");
    private static final Set<String> REFUND_LINE_FIELDS = Set.of("sku", "quantity", "amount");
    private static final Set<String> CATALOG_FIELDS = Set.of("sku", "platform", "category", "name", "listPrice",
            "unitCost", "launchedAt", "tags", "rating", "reviewCount");
    private static final Set<String> INVENTORY_FIELDS = Set.of("sku", "platform", "at", "onHand", "inbound", "unitCost",
            "receivedAt", "ageBuckets", "storageFeePerUnitMonth", "disposalFeePerUnit");
    private static final Set<String> TRAFFIC_FIELDS = Set.of("sku", "platform", "date", "views", "searchImpressions",
            "addToCart");
    private static final Set<String> AD_SPEND_FIELDS = Set.of("campaignId", "platform", "channel", "skus", "date",
            "spend", "impressions", "clicks");
    private static final Set<String> PURCHASE_ORDER_FIELDS = Set.of("poId", "platform", "sku", "quantity", "at");

    private final ValidationRules rules;

    public EventValidator(ValidationRules rules) {
        this.rules = rules;
    }

    /** The field that names an item of this type in a rejection list. */
    public static String idField(EventType type) {
        return switch (type) {
            case ORDER -> "orderId";
            case REFUND -> "refundId";
            case CATALOG, INVENTORY, TRAFFIC -> "sku";
            case AD_SPEND -> "campaignId";
            case PURCHASE_ORDER -> "poId";
        };
    }

    /**
     * @param callerPlatform the platform the caller's token belongs to; it fills an item's missing {@code platform}
     */
    public Validation validate(EventType type, JsonNode item, String callerPlatform) {
        JsonNode platform = item == null ? null : item.get("platform");
        if (platform != null && platform.isTextual() && !platform.asText().equals(callerPlatform)) {
            return new Validation.ForeignPlatform(platform.asText());
        }
        List<FieldError> errors = new ArrayList<>();
        ShelfwiseEvent event = switch (type) {
            case ORDER -> order(FieldReader.of(item, ORDER_FIELDS, errors, rules), callerPlatform);
            case REFUND -> refund(FieldReader.of(item, REFUND_FIELDS, errors, rules), callerPlatform);
            case CATALOG -> catalog(FieldReader.of(item, CATALOG_FIELDS, errors, rules), callerPlatform);
            case INVENTORY -> inventory(FieldReader.of(item, INVENTORY_FIELDS, errors, rules), callerPlatform);
            case TRAFFIC -> traffic(FieldReader.of(item, TRAFFIC_FIELDS, errors, rules), callerPlatform);
            case AD_SPEND -> adSpend(FieldReader.of(item, AD_SPEND_FIELDS, errors, rules), callerPlatform);
            case PURCHASE_ORDER -> purchaseOrder(FieldReader.of(item, PURCHASE_ORDER_FIELDS, errors, rules), callerPlatform);
        };
        if (errors.isEmpty()) {
            return new Validation.Valid(event);
        }
        JsonNode id = item != null && item.isObject() ? item.get(idField(type)) : null;
        return new Validation.Invalid(id != null && id.isTextual() ? id.asText() : null, List.copyOf(errors));
    }

    private OrderEvent order(FieldReader in, String platform) {
        String orderId = in.id("orderId", true);
        in.id("platform", false);
        String customerId = in.id("customerId", true);
        OffsetDateTime placedAt = in.timestamp("placedAt", true);
        String currency = in.currency("currency");
        String channel = in.matching("channel", false, CHANNEL, CHANNEL_TEXT);
        Boolean newCustomer = in.bool("newCustomer");
        List<OrderLine> lines = new ArrayList<>();
        Map<String, Integer> lineOfSku = new HashMap<>();
        List<FieldReader> lineReaders = in.objects("lines", ORDER_LINE_FIELDS, rules.maxLinesPerOrder());
        for (int i = 0; i < lineReaders.size(); i++) {
            FieldReader line = lineReaders.get(i);
            String sku = line.id("sku", true);
            String category = line.id("category", true);
            Long quantity = line.count("quantity", true, 1);
            BigDecimal unitPrice = line.money("unitPrice", true);
            BigDecimal unitCost = line.money("unitCost", false);
            BigDecimal discount = line.money("discount", false);
            if (sku != null) {
                Integer first = lineOfSku.putIfAbsent(sku, i);
                if (first != null) {
                    // refused rather than merged: two prices for one SKU in one order is more likely a bug than intent
                    line.error(line.path("sku"), "duplicate of lines[" + first + "].sku '" + sku
                            + "': send one line per SKU with the total quantity");
                }
            }
            if (quantity != null && unitPrice != null && discount != null
                    && discount.compareTo(unitPrice.multiply(BigDecimal.valueOf(quantity))) > 0) {
                line.error(line.path("discount"), "must not exceed quantity × unitPrice of the line");
            }
            if (sku != null && category != null && quantity != null && unitPrice != null) {
                lines.add(new OrderLine(sku, category, quantity.intValue(), unitPrice, unitCost, discount));
            }
        }
        return in.isValid() ? new OrderEvent(orderId, platform, customerId, placedAt, currency,
                channel == null ? OrderEvent.DEFAULT_CHANNEL : channel, newCustomer, List.copyOf(lines)) : null;
    }

    private RefundEvent refund(FieldReader in, String platform) {
        String orderId = in.id("orderId", true);
        String refundId = in.id("refundId", true);
        in.id("platform", false);
        OffsetDateTime at = in.timestamp("at", true);
        List<RefundLine> lines = new ArrayList<>();
        for (FieldReader line : in.objects("lines", REFUND_LINE_FIELDS, rules.maxLinesPerOrder())) {
            String sku = line.id("sku", true);
            Long quantity = line.count("quantity", true, 1);
            BigDecimal amount = line.money("amount", true);
            if (sku != null && quantity != null && amount != null) {
                lines.add(new RefundLine(sku, quantity.intValue(), amount));
            }
        }
        return in.isValid() ? new RefundEvent(orderId, refundId, platform, at, List.copyOf(lines)) : null;
    }

    private CatalogEvent catalog(FieldReader in, String platform) {
        String sku = in.id("sku", true);
        in.id("platform", false);
        String category = in.id("category", true);
        String name = in.text("name", true, ValidationRules.MAX_TEXT_LENGTH);
        BigDecimal listPrice = in.money("listPrice", true);
        // optional: Shopify and WooCommerce products carry no cost; matrix-service then leaves the margin unknown
        BigDecimal unitCost = in.money("unitCost", false);
        OffsetDateTime launchedAt = in.timestampOrDate("launchedAt", true);
        List<String> tags = in.ids("tags", false, MAX_TAGS, CatalogEvent.KNOWN_TAGS::contains,
                "one of " + CatalogEvent.KNOWN_TAGS.stream().sorted().toList());
        BigDecimal rating = in.decimal("rating", false, BigDecimal.ZERO, MAX_RATING);
        Long reviewCount = in.count("reviewCount", false, 0);
        return in.isValid() ? new CatalogEvent(sku, platform, category, name, listPrice, unitCost, launchedAt,
                tags == null ? List.of() : tags, rating, reviewCount == null ? null : reviewCount.intValue()) : null;
    }

    private InventoryEvent inventory(FieldReader in, String platform) {
        String sku = in.id("sku", true);
        in.id("platform", false);
        OffsetDateTime at = in.timestamp("at", true);
        Long onHand = in.count("onHand", true, 0);
        Long inbound = in.count("inbound", false, 0);
        BigDecimal unitCost = in.money("unitCost", true);
        OffsetDateTime receivedAt = in.timestampOrDate("receivedAt", false);
        Map<String, Integer> ageBuckets = in.counts("ageBuckets", Set.copyOf(InventoryEvent.AGE_BUCKETS));
        BigDecimal storageFee = in.money("storageFeePerUnitMonth", false);
        BigDecimal disposalFee = in.money("disposalFeePerUnit", false);
        if (in.isObject() && !in.hasField("receivedAt") && !in.hasField("ageBuckets")) {
            in.error("receivedAt", "one of receivedAt or ageBuckets is required (the age of the stock)");
        }
        return in.isValid() ? new InventoryEvent(sku, platform, at, onHand.intValue(),
                inbound == null ? 0 : inbound.intValue(), unitCost, receivedAt, ageBuckets, storageFee, disposalFee) : null;
    }

    private TrafficEvent traffic(FieldReader in, String platform) {
        String sku = in.id("sku", true);
        in.id("platform", false);
        var date = in.date("date", true);
        Long views = in.count("views", true, 0);
        Long searchImpressions = in.count("searchImpressions", false, 0);
        Long addToCart = in.count("addToCart", false, 0);
        return in.isValid() ? new TrafficEvent(sku, platform, date, views,
                searchImpressions == null ? 0 : searchImpressions, addToCart == null ? 0 : addToCart) : null;
    }

    private AdSpendEvent adSpend(FieldReader in, String platform) {
        String campaignId = in.id("campaignId", true);
        in.id("platform", false);
        String channel = in.matching("channel", true, CHANNEL, CHANNEL_TEXT);
        List<String> skus = in.ids("skus", true, MAX_AD_SKUS, sku -> true, "a SKU");
        var date = in.date("date", true);
        BigDecimal spend = in.money("spend", true);
        Long impressions = in.count("impressions", false, 0);
        Long clicks = in.count("clicks", false, 0);
        return in.isValid() ? new AdSpendEvent(campaignId, platform, channel, skus, date, spend,
                impressions == null ? 0 : impressions, clicks == null ? 0 : clicks) : null;
    }

    private PurchaseOrderEvent purchaseOrder(FieldReader in, String platform) {
        String poId = in.id("poId", true);
        in.id("platform", false);
        String sku = in.id("sku", true);
        Long quantity = in.count("quantity", true, 1);
        OffsetDateTime at = in.timestamp("at", true);
        return in.isValid() ? new PurchaseOrderEvent(poId, platform, sku, quantity.intValue(), at) : null;
    }
}

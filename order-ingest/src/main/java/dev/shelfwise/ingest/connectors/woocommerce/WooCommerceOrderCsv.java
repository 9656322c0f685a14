package dev.shelfwise.ingest.connectors.woocommerce;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shelfwise.ingest.connectors.MappedEvent;
import dev.shelfwise.ingest.connectors.Mapping;
import dev.shelfwise.ingest.connectors.PayloadFields;
import dev.shelfwise.ingest.connectors.RefundAllocation;
import dev.shelfwise.ingest.connectors.V1Items;
import dev.shelfwise.ingest.imports.CsvRow;
import dev.shelfwise.ingest.imports.RowFormat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * WooCommerce's orders export in the "Default – One Row per Item" layout of the Customer / Order / Coupon Export
 * extension (WooCommerce core exports products, not orders). Each order's rows are put back into the shape of
 * WooCommerce's order payload and mapped by {@link WooCommerceMapper}; the per-item refunded amounts and units of
 * the export become one exact refund per order.
 */
public final class WooCommerceOrderCsv implements RowFormat {
    static final String ORDER_ID = "order_id";
    static final String ORDER_DATE = "order_date";
    static final String STATUS = "status";
    static final String CURRENCY = "order_currency";
    static final String CUSTOMER_ID = "customer_id";
    static final String EMAIL = "billing_email";
    static final String COUPONS = "coupon_items";
    static final String SKU = "item_sku";
    static final String QUANTITY = "item_quantity";
    static final String SUBTOTAL = "item_subtotal";
    static final String TOTAL = "item_total";
    static final String REFUNDED = "item_refunded";
    static final String REFUNDED_QUANTITY = "item_refunded_qty";
    /** An export without a status column lists the orders chosen for export: taken as completed. */
    static final String ASSUMED_STATUS = "completed";
    static final String EXPORTED_REFUND_PREFIX = "export-";
    /** The export writes the shop's local time without offset: {@code 2022-03-10 14:22:31}. */
    static final DateTimeFormatter EXPORT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss]");

    private final WooCommerceMapper mapper;
    private final ZoneId shopZone;

    /** @param shopZone the shop's time zone, in which the export's times are written */
    public WooCommerceOrderCsv(WooCommerceMapper mapper, ZoneId shopZone) {
        this.mapper = mapper;
        this.shopZone = shopZone;
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of(ORDER_ID, ORDER_DATE, CURRENCY, QUANTITY, SUBTOTAL, TOTAL);
    }

    @Override
    public String groupKey(CsvRow row) {
        return row.get(ORDER_ID);
    }

    @Override
    public Mapping map(List<CsvRow> rows, String platform) {
        CsvRow first = rows.get(0);
        ObjectNode order = V1Items.object();
        String orderId = first.get(ORDER_ID);
        V1Items.put(order, "id", orderId);
        String status = first.get(STATUS);
        V1Items.put(order, "status", status != null ? status : ASSUMED_STATUS);
        V1Items.put(order, "currency", first.get(CURRENCY));
        V1Items.put(order, "date_created_gmt", utc(first.get(ORDER_DATE)));
        V1Items.put(order, "customer_id", first.get(CUSTOMER_ID));
        V1Items.put(order.putObject("billing"), "email", first.get(EMAIL));
        if (first.get(COUPONS) != null) {
            order.putArray("coupon_lines").addObject().put("code", first.get(COUPONS));
        }
        ArrayNode lines = order.putArray("line_items");
        List<RefundAllocation.RefundedLine> refunded = new ArrayList<>();
        for (CsvRow row : rows) {
            ObjectNode line = lines.addObject();
            V1Items.put(line, "sku", row.get(SKU));
            V1Items.put(line, "quantity", row.get(QUANTITY));
            V1Items.put(line, "subtotal", row.get(SUBTOTAL));
            V1Items.put(line, "total", row.get(TOTAL));
            BigDecimal amount = PayloadFields.decimal(row.get(REFUNDED));
            if (amount != null && amount.signum() != 0) {
                Long units = PayloadFields.whole(row.get(REFUNDED_QUANTITY));
                // the export writes refunds as negative numbers; a money-only refund still names one unit
                refunded.add(new RefundAllocation.RefundedLine(WooCommerceMapper.sku(line),
                        units == null || units == 0 ? 1 : Math.abs(units), amount.abs()));
            }
        }
        Mapping mapping = mapper.order(order, platform);
        if (mapping.ignoredBecause() != null || refunded.isEmpty()) {
            return mapping;
        }
        List<MappedEvent> events = new ArrayList<>(mapping.events());
        events.add(V1Items.refundEvent(orderId, EXPORTED_REFUND_PREFIX + orderId,
                PayloadFields.utcTimestamp(utc(first.get(ORDER_DATE))), refunded));
        return Mapping.of(events);
    }

    /** The export's local time as UTC ISO-8601 without offset (as WooCommerce's {@code *_gmt} fields). */
    String utc(String exported) {
        if (exported == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(exported).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime().toString();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(exported, EXPORT_TIME).atZone(shopZone)
                        .withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime().toString();
            } catch (DateTimeParseException e) {
                return exported;
            }
        }
    }
}

package dev.shelfwise.ingest.connectors.shopify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shelfwise.ingest.connectors.Mapping;
import dev.shelfwise.ingest.connectors.PayloadFields;
import dev.shelfwise.ingest.connectors.V1Items;
import dev.shelfwise.ingest.imports.CsvRow;
import dev.shelfwise.ingest.imports.RowFormat;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * Shopify's orders export (Admin → Orders → Export, CSV): one row per line item, the order's own columns filled on
 * its first row only. Each order's rows are put back into the shape of Shopify's order payload and mapped by
 * {@link ShopifyMapper}, exactly as a webhook would be. The export has no customer id (use customer key {@code email}
 * when importing history) and refunds only as the order's total "Refunded Amount".
 */
public final class ShopifyOrderCsv implements RowFormat {
    static final String NAME = "Name";
    static final String ID = "Id";
    static final String EMAIL = "Email";
    static final String CREATED_AT = "Created at";
    static final String CURRENCY = "Currency";
    static final String DISCOUNT_CODE = "Discount Code";
    static final String REFUNDED_AMOUNT = "Refunded Amount";
    static final String QUANTITY = "Lineitem quantity";
    static final String PRICE = "Lineitem price";
    static final String SKU = "Lineitem sku";
    static final String LINE_NAME = "Lineitem name";
    static final String LINE_DISCOUNT = "Lineitem discount";
    static final String VENDOR = "Vendor";
    /** How the export writes times: {@code 2022-03-10 14:22:31 -0500}. */
    static final DateTimeFormatter EXPORT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");

    private final ShopifyMapper mapper;

    public ShopifyOrderCsv(ShopifyMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of(NAME, CREATED_AT, CURRENCY, QUANTITY, PRICE);
    }

    @Override
    public String groupKey(CsvRow row) {
        return row.get(NAME);
    }

    @Override
    public Mapping map(List<CsvRow> rows, String platform) {
        CsvRow first = rows.get(0);
        ObjectNode order = V1Items.object();
        String id = first.get(ID);
        V1Items.put(order, "id", id != null ? id : first.get(NAME));
        V1Items.put(order, "name", first.get(NAME));
        V1Items.put(order, "email", first.get(EMAIL));
        V1Items.put(order, "processed_at", isoTime(first.get(CREATED_AT)));
        V1Items.put(order, "currency", first.get(CURRENCY));
        if (first.get(DISCOUNT_CODE) != null) {
            order.putArray("discount_codes").addObject().put("code", first.get(DISCOUNT_CODE));
        }
        ArrayNode lines = order.putArray("line_items");
        for (CsvRow row : rows) {
            ObjectNode line = lines.addObject();
            V1Items.put(line, "sku", row.get(SKU));
            // a custom item without SKU is known by its name (an export has no variant id)
            V1Items.put(line, "id", row.get(LINE_NAME));
            V1Items.put(line, "quantity", row.get(QUANTITY));
            V1Items.put(line, "price", row.get(PRICE));
            V1Items.put(line, "total_discount", row.get(LINE_DISCOUNT));
            V1Items.put(line, "vendor", row.get(VENDOR));
        }
        return mapper.order(order, platform, PayloadFields.decimal(first.get(REFUNDED_AMOUNT)));
    }

    /** The export's time as ISO-8601; left as found when it is not in the export's format. */
    static String isoTime(String exported) {
        if (exported == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(exported, EXPORT_TIME).toString();
        } catch (DateTimeParseException e) {
            return exported;
        }
    }
}

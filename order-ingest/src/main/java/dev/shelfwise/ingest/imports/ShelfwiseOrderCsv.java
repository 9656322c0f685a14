package dev.shelfwise.ingest.imports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shelfwise.contracts.EventType;
import dev.shelfwise.ingest.connectors.MappedEvent;
import dev.shelfwise.ingest.connectors.Mapping;
import dev.shelfwise.ingest.connectors.V1Items;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Shelfwise's own orders CSV (README, "Connect your shop"): one row per order line with the v1 field names as
 * columns; the rows of one order follow each other and repeat its order columns. Values go to the v1 order as
 * written, so the validator judges them exactly as it judges {@code POST /v1/orders}.
 */
public final class ShelfwiseOrderCsv implements RowFormat {
    static final List<String> ORDER_COLUMNS = List.of("orderId", "customerId", "placedAt", "currency", "channel");
    static final String NEW_CUSTOMER = "newCustomer";
    static final List<String> LINE_TEXT_COLUMNS = List.of("sku", "category");
    static final String QUANTITY = "quantity";
    static final List<String> LINE_MONEY_COLUMNS = List.of("unitPrice", "unitCost", "discount");

    @Override
    public Set<String> requiredColumns() {
        return Set.of("orderId", "customerId", "placedAt", "currency", "sku", "category", QUANTITY, "unitPrice");
    }

    @Override
    public String groupKey(CsvRow row) {
        return row.get("orderId");
    }

    @Override
    public Mapping map(List<CsvRow> rows, String platform) {
        CsvRow first = rows.get(0);
        ObjectNode order = V1Items.object();
        ORDER_COLUMNS.forEach(column -> V1Items.put(order, column, first.get(column)));
        String newCustomer = first.get(NEW_CUSTOMER);
        if (newCustomer != null) {
            String flag = newCustomer.toLowerCase(Locale.ROOT);
            V1Items.put(order, NEW_CUSTOMER, "true".equals(flag) || "false".equals(flag) ? (Object) Boolean.valueOf(flag) : newCustomer);
        }
        ArrayNode lines = order.putArray("lines");
        for (CsvRow row : rows) {
            ObjectNode line = lines.addObject();
            LINE_TEXT_COLUMNS.forEach(column -> V1Items.put(line, column, row.get(column)));
            V1Items.put(line, QUANTITY, V1Items.wholeOrText(row.get(QUANTITY)));
            LINE_MONEY_COLUMNS.forEach(column -> V1Items.put(line, column, V1Items.decimalOrText(row.get(column))));
        }
        return Mapping.of(List.of(new MappedEvent(EventType.ORDER, order)));
    }
}

package dev.shelfwise.stack.tpcds;

import io.trino.tpcds.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code inventory} table reduced to one snapshot per SKU: only its last date (the table holds a weekly count
 * of every item in every warehouse over five years, 11.7 million rows at scale 1), summed over warehouses and over
 * the item's versions. TPC-DS says nothing about the age of the stock, so {@code receivedAt} is the snapshot's
 * own date: clearance-service sees no aged stock in this data set rather than an invented age.
 */
public final class TpcdsInventory {
    /** On hand per SKU on the last date; the rows left out, by reason. */
    public record Snapshot(LocalDate tpcdsDate, Map<String, Long> onHandBySku, Map<String, Long> skippedRows) {
    }

    private TpcdsInventory() {
    }

    /** Rows of one or more dates in any order: only the latest date's rows count. */
    public static Snapshot lastDate(Iterable<List<String>> inventoryRows, TpcdsCatalog catalog) {
        Long last = null;
        Map<String, Long> onHand = new TreeMap<>();
        Map<String, Long> skipped = new TreeMap<>();
        for (List<String> values : inventoryRows) {
            TpcdsRow row = new TpcdsRow(Table.INVENTORY, values);
            Long date = row.number("inv_date_sk");
            if (date == null || last != null && date < last) {
                continue;
            }
            if (last == null || date > last) {
                last = date;
                onHand.clear();
                skipped.clear();
            }
            TpcdsCatalog.Product product = catalog.byItemSk(row.number("inv_item_sk"));
            Long quantity = row.number("inv_quantity_on_hand");
            if (product == null) {
                skipped.merge("row of an unknown item", 1L, Long::sum);
            } else if (quantity == null) {
                skipped.merge("row without inv_quantity_on_hand", 1L, Long::sum);
            } else {
                onHand.merge(product.sku(), quantity, Long::sum);
            }
        }
        return new Snapshot(last == null ? null : TpcdsCalendar.tpcdsDate(last), onHand, skipped);
    }

    /**
     * The inventory events ({@code POST /v1/inventory} items) of a snapshot; a SKU without a unit cost (required)
     * is left out and counted in {@code skipped} under "SKU without i_wholesale_cost".
     */
    public static List<Map<String, Object>> events(Snapshot snapshot, TpcdsCatalog catalog, TpcdsCalendar calendar,
                                                   Map<String, Long> skipped) {
        List<Map<String, Object>> events = new ArrayList<>();
        if (snapshot.tpcdsDate() == null) {
            return events;
        }
        String at = calendar.shifted(snapshot.tpcdsDate()).atStartOfDay().atOffset(TpcdsCalendar.OFFSET).toString();
        snapshot.onHandBySku().forEach((sku, onHand) -> {
            TpcdsCatalog.Product product = catalog.bySku(sku);
            if (product.unitCost() == null) {
                skipped.merge("SKU without i_wholesale_cost", 1L, Long::sum);
                return;
            }
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("sku", sku);
            event.put("at", at);
            event.put("onHand", Math.min(onHand, Integer.MAX_VALUE));
            event.put("inbound", 0);
            event.put("unitCost", product.unitCost());
            event.put("receivedAt", at);
            events.add(event);
        });
        return events;
    }
}

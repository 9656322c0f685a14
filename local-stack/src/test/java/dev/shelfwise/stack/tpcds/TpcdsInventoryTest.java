package dev.shelfwise.stack.tpcds;

import io.trino.tpcds.Results;
import io.trino.tpcds.Session;
import io.trino.tpcds.Table;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.shelfwise.stack.tpcds.Rows.item;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TpcdsInventoryTest {
    private static final TpcdsCatalog CATALOG = TpcdsCatalog.of(List.of(
            item(1, "SKU-A", "1997-10-27", null, "Music", "27.02", "23.23", "ought"),
            item(2, "SKU-B", "1997-10-27", "2000-10-26", "Women", "1.12", "0.38", "able"),
            item(3, "SKU-B", "2000-10-27", null, "Home", "7.11", null, "pri")));

    private static List<String> count(long dateSk, long itemSk, long warehouse, Object onHand) {
        Map<String, Object> values = new HashMap<>();
        values.put("inv_date_sk", dateSk);
        values.put("inv_item_sk", itemSk);
        values.put("inv_warehouse_sk", warehouse);
        values.put("inv_quantity_on_hand", onHand);
        return Rows.row(Table.INVENTORY, values);
    }

    @Test
    void onlyTheLastDateCountsSummedOverWarehousesAndVersions() {
        TpcdsInventory.Snapshot snapshot = TpcdsInventory.lastDate(List.of(
                count(2_452_628, 1, 1, 500),
                count(2_452_635, 1, 1, 211),
                count(2_452_635, 1, 2, 235),
                count(2_452_635, 2, 1, 10),
                count(2_452_635, 3, 2, 5),
                count(2_452_635, 3, 3, null),
                count(2_452_635, 77, 1, 9),
                count(2_452_628, 3, 1, 1000)), CATALOG);
        assertEquals(LocalDate.parse("2002-12-26"), snapshot.tpcdsDate());
        assertEquals(Map.of("SKU-A", 446L, "SKU-B", 15L), snapshot.onHandBySku());
        assertEquals(Map.of("row without inv_quantity_on_hand", 1L, "row of an unknown item", 1L), snapshot.skippedRows());

        Map<String, Long> skipped = new TreeMap<>();
        List<Map<String, Object>> events = TpcdsInventory.events(snapshot, CATALOG, new TpcdsCalendar(22), skipped);
        assertEquals(List.of(Map.of("sku", "SKU-A", "at", "2024-12-26T00:00Z", "onHand", 446L, "inbound", 0,
                "unitCost", new BigDecimal("23.23"), "receivedAt", "2024-12-26T00:00Z")), events);
        assertEquals(Map.of("SKU without i_wholesale_cost", 1L), skipped);
    }

    @Test
    void theGeneratorsLastRowsAreExactlyTheLastDate() {
        Session session = Session.getDefaultSession().withScale(0.01);
        long rows = session.getScaling().getRowCount(Table.INVENTORY);
        long perDate = session.getScaling().getIdCount(Table.ITEM) * session.getScaling().getRowCount(Table.WAREHOUSE);
        List<String> dates = new ArrayList<>();
        for (List<List<String>> row : Results.constructResults(Table.INVENTORY, rows - perDate, rows, session)) {
            dates.add(row.get(0).get(0));
        }
        assertEquals(perDate + 1, dates.size());
        assertEquals(List.of("2452628"), dates.subList(0, 1)); // the row before belongs to the week before
        assertEquals(List.of("2452635"), dates.subList(1, dates.size()).stream().distinct().toList());

        TpcdsWebChannel channel = new TpcdsWebChannel(0.01, new TpcdsCalendar(0));
        TpcdsInventory.Snapshot last = channel.lastInventory();
        assertEquals(LocalDate.parse("2002-12-26"), last.tpcdsDate());
        // every inventory row names a known item version; the SKUs it holds are catalog SKUs
        assertEquals(0L, last.skippedRows().getOrDefault("row of an unknown item", 0L));
        last.onHandBySku().keySet().forEach(sku -> assertEquals(sku, channel.catalog().bySku(sku).sku()));
        assertEquals(true, last.onHandBySku().size() > channel.catalog().products().size() * 9 / 10);
    }
}

package dev.shelfwise.stack.tpcds;

import io.trino.tpcds.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Hand-made TPC-DS rows: the named columns set, every other one null (as the generator gives a SQL NULL). */
final class Rows {
    private Rows() {
    }

    static List<String> row(Table table, Map<String, Object> values) {
        List<String> row = new ArrayList<>(Arrays.asList(new String[table.getColumns().length]));
        Map<String, Integer> positions = TpcdsRow.positions(table);
        values.forEach((column, value) -> {
            Integer position = positions.get(column);
            if (position == null) {
                throw new IllegalArgumentException("no column " + column);
            }
            row.set(position, value == null ? null : String.valueOf(value));
        });
        return row;
    }

    static List<String> item(long itemSk, String itemId, String start, String end, String category, String price,
                             String cost, String name) {
        java.util.HashMap<String, Object> values = new java.util.HashMap<>();
        values.put("i_item_sk", itemSk);
        values.put("i_item_id", itemId);
        values.put("i_rec_start_date", start);
        values.put("i_rec_end_date", end);
        values.put("i_category", category);
        values.put("i_current_price", price);
        values.put("i_wholesale_cost", cost);
        values.put("i_product_name", name);
        return row(Table.ITEM, values);
    }
}

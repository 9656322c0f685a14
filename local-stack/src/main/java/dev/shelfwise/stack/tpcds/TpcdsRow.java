package dev.shelfwise.stack.tpcds;

import io.trino.tpcds.Table;
import io.trino.tpcds.column.Column;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One generated TPC-DS row read by column name; the generator gives a SQL NULL as a Java null. */
record TpcdsRow(Table table, List<String> values) {
    private static final Map<Table, Map<String, Integer>> POSITIONS = new EnumMap<>(Table.class);

    static synchronized Map<String, Integer> positions(Table table) {
        return POSITIONS.computeIfAbsent(table, t -> {
            Map<String, Integer> positions = new HashMap<>();
            Column[] columns = t.getColumns();
            for (int i = 0; i < columns.length; i++) {
                positions.put(columns[i].getName(), i);
            }
            return positions;
        });
    }

    String text(String column) {
        Integer position = positions(table).get(column);
        if (position == null) {
            throw new IllegalArgumentException("no column " + column + " in " + table.getName());
        }
        return values.get(position);
    }

    Long number(String column) {
        String value = text(column);
        return value == null || value.isEmpty() ? null : Long.valueOf(value);
    }

    BigDecimal money(String column) {
        String value = text(column);
        return value == null || value.isEmpty() ? null : new BigDecimal(value);
    }
}

package dev.shelfwise.ingest.imports;

import java.util.List;
import java.util.Map;

/**
 * A data row of a CSV file, read by column name.
 *
 * @param line    its line in the file
 * @param fields  its fields, or null when it could not be read
 * @param problem why the row is broken, or null
 */
public record CsvRow(long line, List<String> fields, Map<String, Integer> columns, String problem) {

    public boolean isBroken() {
        return problem != null;
    }

    /** The value in that column, trimmed; null when the column is absent, the field blank or the row unreadable. */
    public String get(String column) {
        Integer index = columns.get(column);
        if (fields == null || index == null || index >= fields.size()) {
            return null;
        }
        String value = fields.get(index).strip();
        return value.isEmpty() ? null : value;
    }
}

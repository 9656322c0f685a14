package dev.shelfwise.ingest.imports;

import dev.shelfwise.ingest.batch.BatchTooLargeException;
import dev.shelfwise.ingest.batch.MalformedBatchException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A CSV body with its header: the column names, then the data rows with their line numbers in the original file.
 * A part of a file is sent as its header line followed by some of its rows, with the file line of the first row.
 */
public final class CsvTable {
    private final Map<String, Integer> columns;
    private final List<CsvRow> rows;

    private CsvTable(Map<String, Integer> columns, List<CsvRow> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * @param firstRowLine the line number, in the whole file, of the first row after the header
     * @param required     columns the format cannot do without
     * @param maxRows      most data rows one body may hold
     * @throws MalformedBatchException when the header is missing, unreadable or lacks a required column
     */
    public static CsvTable parse(String body, long firstRowLine, Set<String> required, int maxRows) {
        CsvReader reader = new CsvReader(body);
        CsvReader.Record header = reader.next();
        if (header == null) {
            throw new MalformedBatchException("the body is empty: send the CSV header line and at least one row", 1, 1);
        }
        if (header.isBroken()) {
            throw new MalformedBatchException("the header line cannot be read: " + header.problem(), 1, 1);
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            columns.putIfAbsent(header.fields().get(i).strip(), i);
        }
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(columns.keySet());
        if (!missing.isEmpty()) {
            throw new MalformedBatchException("the header lacks the column(s) " + missing + " of this format", 1, 1);
        }
        // the header is the body's line 1 and the first row its line 2
        long offset = firstRowLine - 2;
        int width = header.fields().size();
        List<CsvRow> rows = new ArrayList<>();
        for (CsvReader.Record record = reader.next(); record != null; record = reader.next()) {
            if (rows.size() == maxRows) {
                throw new BatchTooLargeException(maxRows);
            }
            String problem = record.problem();
            if (problem == null && record.fields().size() != width) {
                problem = "has " + record.fields().size() + " fields where the header has " + width;
            }
            rows.add(new CsvRow(record.line() + offset, record.fields(), columns, problem));
        }
        return new CsvTable(Map.copyOf(columns), rows);
    }

    public List<CsvRow> rows() {
        return rows;
    }

    public boolean hasColumn(String name) {
        return columns.containsKey(name);
    }
}

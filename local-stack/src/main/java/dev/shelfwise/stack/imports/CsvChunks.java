package dev.shelfwise.stack.imports;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a CSV file into parts of about {@code rowsPerChunk} rows, each sent as the file's header line followed by its
 * rows, with the file line of its first row. Records are found as RFC 4180 has them (a quoted field may hold line
 * breaks), and the rows of one order (the same value in the key column, one after the other) are never cut apart:
 * an export writes one row per order line, and order-ingest maps an order from all its rows at once.
 * The parsing of fields is order-ingest's; here only record ends and the key column are read.
 */
final class CsvChunks {
    /** A part of the file: the header and rows, the line of its first row, and how many rows it holds. */
    record Chunk(String text, long firstLine, int rows) {
    }

    private final Reader in;
    private final int rowsPerChunk;
    private final long skipBeforeLine;
    private final char[] buffer = new char[1 << 16];
    private int pos;
    private int limit;
    private long line = 1;
    private final String header;
    private final int keyIndex;
    private Row pending;

    /** A record: its text, the line it starts on, the lines it spans, its key. */
    private record Row(String text, long line, long span, String key) {
    }

    /**
     * @param keyColumn      the column naming the order, null when every row stands alone (catalog)
     * @param skipBeforeLine rows starting before this line are skipped (resuming a run that was stopped)
     */
    CsvChunks(Reader in, String keyColumn, int rowsPerChunk, long skipBeforeLine) throws IOException {
        this.in = in;
        this.rowsPerChunk = rowsPerChunk;
        this.skipBeforeLine = skipBeforeLine;
        Row first = readRow(-1);
        if (first == null) {
            throw new IllegalArgumentException("the file is empty: a CSV export starts with its header line");
        }
        String headerText = first.text();
        this.header = !headerText.isEmpty() && headerText.charAt(0) == '\uFEFF' ? headerText.substring(1) : headerText;
        this.keyIndex = keyColumn == null ? -1 : columns(header).indexOf(keyColumn);
        if (keyColumn != null && keyIndex < 0) {
            throw new IllegalArgumentException("the header has no column '" + keyColumn + "': is --format right?");
        }
    }

    String header() {
        return header;
    }

    /** The next part, or null at the end of the file. */
    Chunk next() throws IOException {
        StringBuilder text = new StringBuilder(header).append('\n');
        long firstLine = -1;
        long nextLine = -1;
        int rows = 0;
        String lastKey = null;
        while (true) {
            Row row = pending != null ? pending : readRow(keyIndex);
            pending = null;
            if (row == null) {
                break;
            }
            if (row.line() < skipBeforeLine) {
                continue;
            }
            boolean sameOrder = row.key() != null && row.key().equals(lastKey);
            if (rows >= rowsPerChunk && !sameOrder) {
                pending = row;
                break;
            }
            if (firstLine < 0) {
                firstLine = row.line();
            }
            // blank lines between rows are kept, so the lines order-ingest counts are the file's
            for (long blank = nextLine; blank >= 0 && blank < row.line(); blank++) {
                text.append('\n');
            }
            text.append(row.text()).append('\n');
            nextLine = row.line() + row.span();
            rows++;
            lastKey = row.key();
        }
        return rows == 0 ? null : new Chunk(text.toString(), firstLine, rows);
    }

    /** One record's text (without its line end), its first line, and the value of column {@code keyIndex}. */
    private Row readRow(int keyIndex) throws IOException {
        skipLineEnds();
        if (!fill()) {
            return null;
        }
        long start = line;
        StringBuilder text = new StringBuilder(128);
        StringBuilder key = keyIndex >= 0 ? new StringBuilder() : null;
        int field = 0;
        boolean quoted = false;
        while (fill()) {
            char c = buffer[pos];
            if (!quoted && (c == '\n' || c == '\r')) {
                break;
            }
            pos++;
            text.append(c);
            if (c == '\n') {
                line++;
            }
            if (c == '"') {
                // a doubled quote inside quotes toggles twice: the state comes out right
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                field++;
            } else if (field == keyIndex) {
                key.append(c);
            }
        }
        return new Row(text.toString(), start, line - start + 1, key == null || key.isEmpty() ? null : key.toString().strip());
    }

    private void skipLineEnds() throws IOException {
        while (fill() && (buffer[pos] == '\n' || buffer[pos] == '\r')) {
            if (buffer[pos] == '\n') {
                line++;
            } else if (!(fill(1) && buffer[pos + 1] == '\n')) {
                line++; // a lone CR ends a line too
            }
            pos++;
        }
    }

    private boolean fill() throws IOException {
        return fill(0);
    }

    /** True when the buffer holds the character {@code ahead} places after the current one. */
    private boolean fill(int ahead) throws IOException {
        if (pos + ahead < limit) {
            return true;
        }
        if (pos > 0) {
            System.arraycopy(buffer, pos, buffer, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        while (pos + ahead >= limit) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                return false;
            }
            limit += read;
        }
        return true;
    }

    private static List<String> columns(String header) {
        List<String> names = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                names.add(name.toString().strip());
                name.setLength(0);
            } else {
                name.append(c);
            }
        }
        names.add(name.toString().strip());
        return names;
    }
}

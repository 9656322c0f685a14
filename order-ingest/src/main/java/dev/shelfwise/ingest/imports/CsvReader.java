package dev.shelfwise.ingest.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180 as spreadsheet and shop exports write it): comma-separated fields, quoted fields that may hold
 * commas, doubled quotes and line breaks, LF or CRLF line ends, an optional byte-order mark, blank lines skipped.
 * Each record says the line it starts on. A record that cannot be read (a quote never closed, text after a closing
 * quote) is returned as broken and reading goes on at the next line.
 */
public final class CsvReader {
    private static final char BOM = '\uFEFF';

    /**
     * One record.
     *
     * @param line    the 1-based line it starts on
     * @param fields  its fields (null when broken)
     * @param problem why it could not be read, or null
     */
    public record Record(long line, List<String> fields, String problem) {
        public boolean isBroken() {
            return problem != null;
        }
    }

    private final String text;
    private int pos;
    private long line = 1;

    public CsvReader(String text) {
        this.text = text;
        this.pos = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
    }

    /** The next record, or null at the end. */
    public Record next() {
        skipBlankLines();
        if (pos >= text.length()) {
            return null;
        }
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                fields.add(field.toString());
                return new Record(start, fields, null);
            }
            char c = text.charAt(pos);
            if (c == '"' && field.isEmpty()) {
                String problem = quoted(field);
                if (problem != null) {
                    return new Record(start, null, problem);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                pos++;
            } else if (c == '\n' || c == '\r') {
                endOfLine();
                fields.add(field.toString());
                return new Record(start, fields, null);
            } else {
                // a quote inside an unquoted field is taken as a character, as spreadsheets do
                field.append(c);
                pos++;
            }
        }
    }

    /** Reads a quoted field into {@code field}; returns why the record is broken, or null. */
    private String quoted(StringBuilder field) {
        long opened = line;
        pos++;
        while (true) {
            if (pos >= text.length()) {
                return "a quoted field opened on line " + opened + " is never closed (a quote is missing)";
            }
            char c = text.charAt(pos);
            if (c == '"') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                    field.append('"');
                    pos += 2;
                    continue;
                }
                pos++;
                break;
            }
            if (c == '\n') {
                line++;
            }
            field.append(c);
            pos++;
        }
        if (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
            skipRestOfLine();
            return "text after the closing quote of a field (a quote inside a quoted field must be doubled: \"\")";
        }
        return null;
    }

    private void skipBlankLines() {
        while (pos < text.length() && (text.charAt(pos) == '\n' || text.charAt(pos) == '\r')) {
            endOfLine();
        }
    }

    private void skipRestOfLine() {
        while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
            pos++;
        }
        if (pos < text.length()) {
            endOfLine();
        }
    }

    /** Consumes one line end (LF, CRLF or a lone CR). */
    private void endOfLine() {
        if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
            pos++;
        }
        pos++;
        line++;
    }
}

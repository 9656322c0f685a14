package dev.shelfwise.ingest.batch;

/** The request body is not a JSON array (or NDJSON stream) of objects; says where parsing stopped. */
public class MalformedBatchException extends RuntimeException {
    private final long line;
    private final long column;

    public MalformedBatchException(String message, long line, long column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public long line() {
        return line;
    }

    public long column() {
        return column;
    }
}

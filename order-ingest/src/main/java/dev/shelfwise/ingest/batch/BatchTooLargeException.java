package dev.shelfwise.ingest.batch;

/** More items in one request than the configured batch limit. */
public class BatchTooLargeException extends RuntimeException {
    public BatchTooLargeException(int limit) {
        super("a request may carry at most " + limit + " events; split the batch");
    }
}

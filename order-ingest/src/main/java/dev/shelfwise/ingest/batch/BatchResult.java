package dev.shelfwise.ingest.batch;

import dev.shelfwise.ingest.validation.FieldError;

import java.util.List;

/**
 * The answer to a batch: how many events are now durable in Kafka, and which items were refused and why.
 *
 * @param accepted events acknowledged by Kafka
 * @param rejected refused items, by their index in the request
 */
public record BatchResult(int accepted, List<Rejection> rejected) {

    /** One refused item: its position in the batch, its business id when readable, and every problem found. */
    public record Rejection(int index, String id, List<FieldError> errors) {
    }
}

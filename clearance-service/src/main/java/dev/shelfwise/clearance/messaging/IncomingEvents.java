package dev.shelfwise.clearance.messaging;

import dev.shelfwise.contracts.EventJson;
import dev.shelfwise.contracts.ShelfwiseEvent;
import dev.shelfwise.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;

/** Reading the v1 records every consumer of this service receives. */
public final class IncomingEvents {

    private IncomingEvents() {
    }

    /**
     * The record's value as the contract {@code type}; a value that is not such JSON throws, and the record goes to
     * its dead-letter topic.
     */
    public static <T extends ShelfwiseEvent> T read(ConsumerRecord<String, byte[]> record, Class<T> type) {
        if (record.value() == null) {
            throw new IllegalArgumentException("record without a value at " + record.topic() + "-"
                    + record.partition() + "@" + record.offset());
        }
        return EventJson.read(record.value(), type);
    }

    /**
     * The {@code event-id} header order-ingest sets (a fact's business id, stable across resubmissions); the
     * event's natural id when a producer left it out, which is the same thing for facts.
     */
    public static String eventId(ConsumerRecord<String, byte[]> record, ShelfwiseEvent event) {
        Header header = record.headers().lastHeader(Topics.HEADER_EVENT_ID);
        return header == null || header.value() == null ? event.naturalId()
                : new String(header.value(), StandardCharsets.UTF_8);
    }
}

package dev.shelfwise.matrix.events;

import dev.shelfwise.contracts.EventJson;
import dev.shelfwise.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/** Reads the value and headers of consumed records with the contracts' JSON mapping (a tolerant reader). */
public final class Records {

    private Records() {
    }

    /** The value as {@code type}; an {@link InvalidRecordException} when it is missing or not that JSON. */
    public static <T> T read(ConsumerRecord<String, byte[]> record, Class<T> type) {
        if (record.value() == null) {
            throw new InvalidRecordException("no value (a tombstone) on " + record.topic());
        }
        try {
            T value = EventJson.mapper().readValue(record.value(), type);
            if (value == null) {
                throw new InvalidRecordException("the value is JSON null");
            }
            return value;
        } catch (IOException e) {
            throw new InvalidRecordException("not a " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** The {@code event-id} header, or null when the record has none. */
    public static String eventId(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(Topics.HEADER_EVENT_ID);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Fails the record when a required field is missing or blank. */
    public static <T> T require(T value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new InvalidRecordException(field + " is required");
        }
        return value;
    }

    /** Fails the record when a number is negative. */
    public static BigDecimal requireNonNegative(BigDecimal value, String field) {
        if (value != null && value.signum() < 0) {
            throw new InvalidRecordException(field + " must not be negative: " + value);
        }
        return value;
    }

    /** Fails the record when a count is negative. */
    public static long requireNonNegative(long value, String field) {
        if (value < 0) {
            throw new InvalidRecordException(field + " must not be negative: " + value);
        }
        return value;
    }
}

package dev.shelfwise.alerts.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.shelfwise.contracts.AlertEvent;
import dev.shelfwise.contracts.EventJson;

import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;

/** What a receiver is sent for one transition of an alert. */
public enum PayloadFormat {
    /** Alertmanager's webhook notification, version 4 ({@link AlertmanagerPayload}). */
    ALERTMANAGER {
        @Override
        Object payload(AlertEvent event, String receiver) {
            return AlertmanagerPayload.of(event, receiver);
        }
    },
    /** The {@link AlertEvent} exactly as published to alerts.v1 (endsAt absent while firing). */
    JSON {
        @Override
        Object payload(AlertEvent event, String receiver) {
            return event;
        }
    };

    abstract Object payload(AlertEvent event, String receiver);

    /** The body posted to {@code receiver}. */
    public byte[] body(AlertEvent event, String receiver) {
        try {
            return EventJson.mapper().writeValueAsBytes(payload(event, receiver));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name used in configuration, e.g. {@code alertmanager}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named {@code code} (any case). */
    public static PayloadFormat of(String code) {
        return Arrays.stream(values()).filter(format -> format.code().equalsIgnoreCase(code.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown webhook format '" + code + "': use "
                        + String.join(" or ", Arrays.stream(values()).map(PayloadFormat::code).toList())));
    }
}

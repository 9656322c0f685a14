package dev.shelfwise.ingest.connectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shelfwise.contracts.EventType;

/** A v1 item made from a platform payload, still to be validated like any posted item. */
public record MappedEvent(EventType type, ObjectNode item) {
}

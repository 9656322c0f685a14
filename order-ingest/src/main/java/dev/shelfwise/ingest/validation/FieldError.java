package dev.shelfwise.ingest.validation;

/** What is wrong with one field of an event: {@code field} is a path such as {@code lines[0].quantity}. */
public record FieldError(String field, String message) {
}

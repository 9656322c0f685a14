package dev.shelfwise.matrix.web;

/** What is wrong with one field of a request: {@code field} names the body field or query/path parameter. */
public record FieldError(String field, String message) {
}

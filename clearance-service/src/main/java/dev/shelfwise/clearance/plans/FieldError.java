package dev.shelfwise.clearance.plans;

/**
 * One problem with a request, named by its JSON path so a 400 answer can point at it.
 *
 * @param field   JSON path, e.g. {@code channels[1].recoveryRate}
 * @param message what is wrong, in words a seller understands
 */
public record FieldError(String field, String message) {
}

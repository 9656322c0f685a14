package dev.shelfwise.clearance.rest;

import dev.shelfwise.clearance.plans.FieldError;

import java.util.List;

/** Something asked for by name that this service does not know; answered 404. */
public class NotFoundProblem extends RuntimeException {

    private final transient List<FieldError> errors;

    public NotFoundProblem(String message) {
        this(message, List.of());
    }

    /** @param errors the path or query parameter that named the unknown thing, and why it is unknown */
    public NotFoundProblem(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}

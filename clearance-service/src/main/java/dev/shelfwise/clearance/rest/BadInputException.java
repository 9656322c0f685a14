package dev.shelfwise.clearance.rest;

import dev.shelfwise.clearance.plans.FieldError;

import java.util.List;

/** Input that cannot be read: a body that is not the JSON the endpoint reads, or a bad query parameter; answered 400. */
public class BadInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    public BadInputException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}

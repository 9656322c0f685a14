package dev.shelfwise.clearance.rest;

import dev.shelfwise.clearance.plans.FieldError;

import java.util.List;

/**
 * The body of every error answer: the status, a reason a person can act on, and every offending field.
 *
 * @param errors one entry per bad field, named by its JSON path (e.g. {@code channels[1].recoveryRate}); empty when
 *               the problem is not a field's
 */
public record ApiError(int status, String error, String message, List<FieldError> errors) {

    public ApiError {
        errors = List.copyOf(errors);
    }

    public static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message, List.of());
    }
}
